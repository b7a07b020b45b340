// Surnames common in England across its communities, lower case. A capitalised
// word followed by one of these reads as a full name even when the given name
// is not in first-names.ts (most given names are not). The top English and
// Welsh surnames, plus the most common ones in the South Asian, Chinese,
// Vietnamese, Nigerian, Ghanaian, Somali, Polish, Romanian and Irish communities.
const NAMES = `
abbott abdi adams adebayo adeyemi ahmed akhtar ali allen anderson asante atkinson bailey
baker ball barker barnes bell bennett begum bibi boateng booth bradley brown butler byrne
campbell carter chaudhry chen clark clarke collins cook cooper cox davies davis dixon doherty
edwards ellis evans eze farah fisher fletcher foster gill graham grant gray green griffiths
hall harris harrison hart hassan hughes hunt hussain ionescu iqbal jackson james jenkins
johnson jones kaur kelly kennedy khan king knight kowalski kumar lee lewis li liu lloyd
mahmood marshall martin mason matthews mccarthy mensah miah mills mitchell mohamed moore
morgan morris murphy murray nguyen nowak obi okafor okoro o'brien o'connor o'neill osei owen
owusu palmer parker patel pearson phillips popa popescu price rahman reid richards richardson
roberts robinson rogers russell ryan scott shah sharma shaw simpson singh smith stewart
taylor thomas thompson tran turner walker walsh wang ward watson webb white wilkinson
williams wilson wisniewski wojcik wood wright young zhang
`;

export const SURNAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
