// Capitalised words that belong to the work, not to a person: teams, roles,
// systems, services, places, days and months. Words that are also common
// surnames (Hall, Ward, Green, King) are left out on purpose. A capitalised pair that contains
// one of these ("Grace Court", "Will Panel", "Family Facing Team", "Liquid
// Logic", "Signs of Safety") is not read as someone's name. Lower case.
const WORDS = `
academy act action adoption advice advisory agency allocation annex app application approved
area assessment assessments assurance authority awards bank board borough budget building
bureau business cafcass campus care carefirst carers case cases centre center chair chambers
charter child childcare childrens children clinic close college committee community conference
connected contact council county court crescent crown dashboard data day department deputy
designated development direct directorate director disability disabilities district door drive
duty early eclipse education educational ehm ehcp enabler estate excel facing families family
finance first form forms forum foster fostering foundation framework front fund gardens
gateway government group guardian guardianship head health help high home homes hospital
house housing hr hub human independent info information insight intervention it justice
kinship lane leaving leavers legal liquid liquidlogic local logic lodge manager managers mash
meeting module mosaic multi national network new nhs north northern nursery office officer
offer ofsted order outlook panel park partnership pathway payroll permanence place placement
plan planning police policy portal practice primary procedure programme protection protocol
provision psychology quality referral referrals register residential resources respite review
reviewing road room rota row safeguarding safety school schools secondary send service services
sheet signs social south southern special square standards stage strategy street support
surgery system systems team teams template terrace together town transition trust unit
university virtual visitor walk ward way week west western east eastern central word worker
workers working youth zoom
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
christmas easter eid diwali ramadan hanukkah
`;

export const DOMAIN_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

// Lower-case words that introduce a person ("Mum Chantelle Harris", "child
// Oluwadamilare Adebayo", "visited Jayden Smith"): after one of these, two
// capitalised words are read as a name even if neither is in the name lists.
export const PERSON_CUES: ReadonlySet<string> = new Set(
  `mum mother mam mom dad father stepdad stepmum child son daughter baby infant brother sister
   sibling twin nan nana nanna gran granny grandma grandmother grandad grandpa grandfather aunt
   auntie aunty uncle cousin carer guardian partner boyfriend girlfriend pupil student
   visited called phoned rang met saw emailed texted`.split(/\s+/).filter(Boolean),
);

/** Titles before a surname: "Mrs Adeyemi", "Dr Chaudhry". */
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master']);

// Words that, capitalised, stand before a surname-shaped word or before
// "family" without naming anyone ("The Kowalski family" names Kowalski, not
// "The"; "the Foster family" is read as a foster family: a family called
// Foster is missed, the price of not warning on every foster family).
export const NOT_A_NAME: ReadonlySet<string> = new Set(
  `the a an each every one this that our their his her my your any no whole same other another
   birth foster host extended adoptive kinship wider new young troubled supporting blended
   single step large big nuclear biological natural connected resilient`.split(/\s+/).filter(Boolean),
);

// Given names that are also everyday English words: written in lower case
// ("will", "grace", "may") they are not read as names.
export const WORD_LIKE_NAMES: ReadonlySet<string> = new Set(
  `will mark grace hope faith joy may june summer dawn rose amber holly ivy daisy poppy ruby
   jack bill sue pat frank rich guy miles chase max sky river paris india jan dee jay kim sam
   al ali art bob carol crystal destiny favour precious blessing harmony heather iris jade
   lacey sunny star angel hunter taylor jordan morgan harley paige drew violet willow mae
   rowan reggie rio teddy toby will`.split(/\s+/).filter(Boolean),
);

// Surnames that are also everyday words ("green", "young", "hall"), not read
// as surnames when written in lower case.
export const WORD_LIKE_SURNAMES: ReadonlySet<string> = new Set(
  `ball baker bell booth brown butler carter cook cooper fisher fletcher foster grant gray green
   hall hart hunt james king knight lee mason mills moore palmer parker price rose shaw turner
   walker ward white wood young`.split(/\s+/).filter(Boolean),
);
