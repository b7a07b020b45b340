// Given names common in England across its communities, lower case. Data, not
// logic: a capitalised pair that starts with one of these is read as a name
// unless the second word is the domain's own vocabulary (see vocabulary.ts).
// Sources of the mix: ONS baby-name lists over several decades plus names
// common in the South Asian, African, Caribbean, Arabic, Turkish, Kurdish,
// Eastern European, Irish, Welsh and Scottish communities. Kept compact.
const NAMES = `
aaliyah aaron abdul abdullah abdi abel abigail abu ada adam adebayo adaeze ade adeola adrian
agnieszka ahmad ahmed aidan aiden aimee aisha aishah alan aleksander alex alexander alexandra
alexis alfie ali alice alicia alina alisha alison amaan amal amanda amara amber amelia amelie
amina amir amira amy ana anastasia andre andrea andreea andrei andrew angela angelina anika anil
anita ann anna anne annie anthony antoni anya archie arjun arlo arthur arya asha asif asma aston
aurora ava ayaan ayesha ayla aylin ayo ayodele ayshah azra
baljit barbara barry becky bella ben benjamin bernadette beth bethan bethany billy blessing
bobby bogdan brandon brendan brian bridget brooke bryony
caitlin callum calvin cameron candice cara carl carla carly carmen caroline carys casey
catherine cerys chanel chantelle charlie charlotte chelsea chidi chloe chris chrissy christian
christina christine christopher chukwuemeka ciara ciaran claire clara cody connor conor corey
courtney craig crystal cyrus
daisy dale damian damien dana daniel daniela danielle daniyal danny darius darren dave david
dawid dean deborah declan dee deepak demi denise dennis derek desmond destiny dev dexter
dilan dimitri dina dionne dmitri dominic dominika donna dorota douglas dwayne dylan
ebony eddie eden edward efua eilidh eleanor elena eli elif elijah elise eliza elizabeth ella
ellie elliot ellis eloise elsie emeka emil emilia emily emir emma emre enzo erin esme esther
ethan eva evan evie ewa ezra
faisal faith farah farhan fatima fatma favour felix ffion finlay finley finn fiona florence
florin francesca freddie freya
gabriel gabriela gareth gary gavin gemma george georgia gintare grace gracie graham grant
gurpreet gwen
hafsa halima hamza hana hannah harjit harley harmony harper harriet harrison harry harvey hassan
hayden hayley heather helen henry hollie holly hugo hussein
ibrahim idris ifeoma ikram iman imani imogen imran inaya india inés irene isaac isabel
isabella isabelle isaiah isha ishaan isla ismail ivan ivy
jack jackson jacob jada jade jake jakub jamal james jamie jan jane janet jasmine jason jasper
javed jay jayden jaylen jayson jean jenna jennifer jenny jeremiah jermaine jessica jill joanna
jodie joe joel john jordan joseph josh joshua josiah joy joyce jude julia julie justin
kacper kaden kai kaitlyn kalinda kamal kamila karen karim karina karl kasia kate katie kayden
kayla kaylee keeley keira kelly kemi kerry kevin khadija kian kieran kim kirsty kofi kwame
kyle kylie
lacey lara laura lauren layla leah leila leo leon leona lewis liam lily lina lisa logan lola
lorna louie louis louise lucas lucia lucy luka lukas luke luna lydia
maciej mackenzie madison mae maisie maja malachi malik mandeep maria mariam marie marina mark
marta martin mary mason matilda matthew maya megan mehmet melissa mia michael michaela michelle
mihai mikolaj mila millie mohamed mohammad mohammed molly monika muhammad musa mustafa
nadia naomi natalia natasha nathan nathaniel navdeep neil nia niamh nicola nicole nikita
nikola nina noah noor nora nuala
oleksandr olga oliver olivia ollie oluwadamilare oluwaseun omar oscar owen
paige paris patricia patrick paul paula pawel peter phoebe piotr poppy precious preeti
priya
rachel rahul raj rajesh rakesh ravi rayan reece reggie rehan rhys riley rio rita robert robyn
roman ronan ronnie rory rosa rosie rowan ruby rukhsana ryan
saanvi sabrina sadia safiya sahil saima sally sam samantha samir samira samuel sana sandeep
sandra sara sarah sasha scarlett sean sebastian seren shabana shakira shanice shannon sharon
shauna shaun shreya siddharth sienna simon simran sinead siobhan sofia sonia sophia sophie
stacey stanley stefan stella stephanie stephen steven summer sunil suzanne sylvia szymon
tamara tanisha tanya tariq tasha taylor teddy temitope terry theo theodore thomas tia tiago
tiffany toby tom tomasz toni tony tracey troy tyler tyra tyrone
usman
valentina vanessa victor victoria vikram vinny violet
wendy wiktoria will william willow wojciech
xavier
yasmin yusuf yousef yvonne
zach zachary zahra zain zainab zak zara zayn zeynep zoe zofia zuzanna
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
