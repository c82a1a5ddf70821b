// Benchmark corpora: N made-up news articles written out as plain-text captures of web
// pages, in the shape the build reads (a folder of NAME.txt). Not a test.
//
//   node e2e/bench/generate.mjs N OUTDIR [--seed S]
//
// writes OUTDIR/0000_<slug>.txt … (the index is zero-padded, at least four digits, so that
// the order of file names is the order of the index; files are in order of publication)
// and prints one line: articles, stories, bytes. Use a fresh OUTDIR: files already there
// are not removed. `generate({ n, dir, seed })` does the same from a script and returns
// `{ articles, stories, bytes, storyOf }`, where `storyOf[i]` is the story of file i.
// The same seed always gives the same files.
//
// All the material is written for this generator: the paragraph, quotation and headline
// templates, the topics, the name parts (given names, surnames, towns, countries, brands)
// and the outlets below are our own, recombined at random. A few real big cities and
// countries are mixed in as places; nothing is copied from real articles or from the seeds.
//
// What comes out:
// - Stories (events) of skewed sizes: most of 1–3 articles, some of 4–12, a few of 18–30.
//   A story has a kind of news (14 kinds), a topic of that kind, a cast (2–4 people,
//   1–3 organisations, 1–2 places), its own figures and an event date between January
//   2024 and June 2025. Its articles share the cast, the topic and the figures, draw on a
//   story-specific subset of the kind's templates, and sometimes share a wire paragraph
//   and one quotation word for word; they differ in outlet, headline, order and choice
//   of paragraphs. Articles are dated 0–4 days after the event.
// - Bodies of 350–1,400 words (mean about 700) in 6–20 paragraphs.
// - Captures as a browser's "select all, copy" gives them: site chrome, a section label,
//   the headline, a standfirst, a byline, a date line in one of several formats, a photo
//   caption with a credit, the body (now and then with an "Advertisement" or "Read more:"
//   line in it), and a tail of related headlines, share prompts, a newsletter pitch and a
//   copyright line. The outlet is stated where the cleaner finds it: beside the date
//   ("Meridian Daily | March 3, 2025"), in the copyright line, or as a URL on an
//   `.example` host together with a line that spells the outlet's name.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: a small, fast 32-bit generator. */
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of the parts (FNV-1a), to derive one generator per story and article. */
function hashSeed(...parts) {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0001')) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  constructor(...parts) {
    this.next = mulberry32(hashSeed(...parts));
  }
  /** An integer from lo to hi, both included. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  /** An index into `weights`, chosen in proportion to them. */
  weighted(weights) {
    let r = this.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
  shuffle(items) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** `k` distinct items. */
  sample(items, k) {
    return this.shuffle(items).slice(0, k);
  }
  /** A standard normal deviate (Box–Muller). */
  normal() {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

// ---------------------------------------------------------------------------------------
// Small helpers for writing the material

/** The non-empty lines of a block of text, trimmed. */
const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);
/** Lines of "a | b | c" as arrays. */
const rows = (text) => lines(text).map((l) => l.split('|').map((s) => s.trim()));
const words = (text) => text.split(/\s+/).filter(Boolean);

// ---------------------------------------------------------------------------------------
// Name parts

const GIVEN_NAMES = words(`
  Amara Aled Anika Arjun Astrid Beatriz Bram Callum Carmen Chidi Cormac Dalia Dara Declan
  Dimitri Elif Elsa Emeka Esme Farid Felix Fiona Gideon Greta Hamish Hana Ines Ingrid Isaac
  Jonas Joaquim Kasia Kenji Keziah Lachlan Leena Lionel Lucia Magnus Maren Mateo Mei Milan
  Mira Nadia Niamh Nikhil Noor Odette Olu Oren Petra Priya Quentin Rafael Rania Rhys Rosa
  Ruth Saoirse Selim Signe Simone Soren Tamsin Teodor Thandi Tobias Ulla Valentina Vikram
  Wanjiru Wes Yara Yusuf Zara Zoltan Adaeze Benedikt Catalina Delphine Eamon Fatima Gareth
  Halima Ivo Jolene Kwame Linnea Marek Nkechi Ottilie Pavel Renata Stellan Tove Umar Viola
  Wilhelmina Xavier Yasmin Zeynep Agnes Bartholomew Cosima Dorian Evander Florence Gwen
  Harriet Idris Juno Kit Leopold Marisol Nell Orla Percy Rowan Sunniva Tariq Uma Vera
`);

const SURNAMES = words(`
  Abernethy Achebe Ahlberg Albescu Alcott Amundsen Ansari Arkwright Ballantyne Barrowman
  Bekele Blackwood Brannigan Castellanos Chowdhury Cisneros Dalgleish Darrow Delacroix
  Drummond Eskildsen Farrow Fennimore Figueroa Galbraith Garside Gunawardena Hargreaves
  Hartigan Holloway Ibarra Imrie Jaramillo Kamara Kavanagh Kowalczyk Lachance Lindqvist
  Lowther Macready Mahlangu Marchetti Mbeki Montague Nakashima Nwosu Oduya Okonkwo Ostrowski
  Pemberton Quaresma Radcliffe Rasmussen Rutherford Sandoval Santangelo Sato Shackleton
  Sorensen Szabo Tamura Thistlewood Trevelyan Underhill Valdivia Vasquez Wainwright
  Whitcombe Yamamoto Zielinski Acheson Bellweather Cartwright Dunmore Eversley Fairbanks
  Grimshaw Hollander Inchbald Jessop Kettering Langridge Merriweather Northcott Oyelaran
  Prendergast Quigley Rainsford Stroud Tolliver Umberton Vandermeer Wolstenholme
`);

/** Halves of made-up surnames ("Ash" + "worth"), for many more names than the list. */
const SURNAME_HEADS = words(`Ash Bel Cal Dar Ell Fair Gar Hal Kel Lang Mor Nor Pen Rad Sel Thorn
  Wex Brad Carr Hard Stan Whit Wynd Brack Cold Haw Kirk Mill Pick Rook Strat Tal`);
const SURNAME_TAILS = words(`ford well by more wood ley ton ridge croft worth field ham stone
  wick combe hurst ington sby den cott`);

const TOWN_HEADS = words(`Ash Bram Cor Dun Elm Fen Glen Hol Kings Lang Marl North Oak Pen Rook
  Stan Thorn West Wil Yar Brack Cald Harrow Mill Ambel Tarn Quen Sor Vell Lis Carra Bryn
  Hather Kess Lowe Merri Otter Pell Ravens Tull`);
const TOWN_TAILS = words(`ford bridge wick field haven mouth ton bury dale port stead cross
  moor wood vale by ley mere holm gate`);

const COUNTRY_HEADS = words(`Ost Val Mar Ker Sal Tor Dal Bel Kar Lun Ard Esk Mor Ruth Zal Vor
  Tess Cel`);
const COUNTRY_TAILS = words(`avia onia aria enia ovar esh ara ica mark ethia`);

const REAL_CITIES = lines(`
  London
  Paris
  Berlin
  Madrid
  Rome
  Tokyo
  Seoul
  Mumbai
  Nairobi
  Lagos
  Cairo
  Johannesburg
  Sydney
  Toronto
  Chicago
  Los Angeles
  New York
  Mexico City
  Buenos Aires
  Istanbul
  Jakarta
  Dublin
  Lisbon
  Oslo
`);
const REAL_COUNTRIES = lines(`
  Canada
  Brazil
  Japan
  Kenya
  Germany
  India
  Australia
  Norway
  Chile
  Nigeria
  Indonesia
  Portugal
  Ireland
  Mexico
  Egypt
  South Africa
  Poland
  Vietnam
  Peru
  Ghana
  New Zealand
  Turkey
`);

const BRAND_WORDS = words(`Nova Quill Tessel Lumen Vanta Kiro Parallax Ember Halcyon Zephyr
  Onyx Corvid Kestrel Bramble Lattice Cobalt Fathom Meridia Solace Tandem`);
const PARTY_WORDS = words(`Progress Unity Reform Civic Heritage Forward Commonwealth Renewal
  Liberty Solidarity`);

// ---------------------------------------------------------------------------------------
// Outlets: invented names, each with a house style for its pages.

const OUTLET_NAMES = lines(`
  The Harbour Ledger
  Northfield Courier
  Meridian Daily
  The Eastbrook Herald
  Valley Gazette
  The Coastline Post
  Riverside Chronicle
  The Morning Lantern
  Southgate Times
  The Capital Dispatch
  Lakeshore Journal
  The Weekly Beacon
  Granite Hill Review
  Pinecrest Tribune
  The Civic Observer
  Ironbridge Press
  The Daily Almanac
  Westmoor Standard
  The Evening Signal
  Highland Mail
  Crescent City Express
  The Prairie Sentinel
  Bayside Bulletin
  The Atlas Report
  Orchard Valley News
  The Compass Weekly
  Silverlake Times
  The Northern Record
  Kestrel Daily
  The Metro Examiner
  Summit Post
  The Lowland Gazette
  Brightwater Herald
  The Continental
  Market Square Journal
  The Foghorn
  Redcliff Chronicle
  The Open Ledger
  Twin Rivers Tribune
  The Quarterdeck Review
`);

/** Words that let the cleaner take a name beside a date for an outlet's. */
const OUTLET_WORDS = new Set(words(`news times post journal herald tribune press gazette chronicle
  daily weekly review report mail express standard observer`));

const TOP_CHROME = ['Skip to content', 'Menu', 'Search', 'Sign in', 'Subscribe now', 'Subscribe'];
const SHARE_LINES = ['Share this article', 'Share', 'Share on Facebook', 'Copy link', 'Email', 'Print'];
const NEWSLETTER_LINES = [
  'Sign up for our newsletter',
  'Sign up for the morning briefing',
  'Sign up for our daily headlines',
  'Subscribe to our newsletter',
];
const RELATED_HEADINGS = ['Related Articles', 'Related Stories', 'More Stories', 'Most Read', 'Read Next', 'You may also like'];

// ---------------------------------------------------------------------------------------
// Kinds of news
//
// Every template is rendered with the story's slots:
//   {A} {B} {C} {D}   people: the full name at first mention in an article, then the surname
//   {A.r} …           that person's role ("the chief executive of Harlow Freight")
//   {O1} {O2} {O3}    organisations; {P1} {P2} places
//   {K1} {K2} {K3}    the topic: a main thing (after "the"), a related matter, a group of people
//   {N} {N2} {M} {PCT} {YEAR} {SCORE}   the story's own figures, the same in all its articles
//   {DAY} {DATE}                        the event's weekday and day ("Tuesday", "March 3")
//   {num} {num2} {money} {pct} {month} {n:LO-HI}   fresh figures at each use
//   [a|b|c]           one of the alternatives
// A template that names a cast member or place the story does not have is not used.
// In orgs and roles, {Sur} is a surname, {Town} a town, {Brand} a brand word and {Party}
// a party name.

const KINDS = {
  politics: {
    section: 'Politics',
    jobs: ['Political Correspondent', 'Political Reporter', 'Staff Writer'],
    topics: rows(`
      housing bill | rent controls | tenants
      election reform bill | postal voting rules | first-time voters
      budget package | tax credits | working families
      coalition agreement | cabinet posts | party members
      border security plan | visa quotas | seasonal workers
      pension reform | retirement ages | public-sector workers
      transport funding deal | rail subsidies | commuters
      ethics inquiry | lobbying rules | junior ministers
      childcare bill | nursery places | young parents
      leadership contest | party finances | grassroots members
      energy price cap | household bills | pensioners
      devolution deal | regional powers | local councillors
      minimum wage bill | hourly pay rates | low-paid workers
      defence spending review | procurement contracts | service personnel
      tax reform plan | income tax bands | middle earners
      anti-corruption bill | asset declarations | senior officials
      rural broadband pledge | connection targets | farming communities
      immigration bill | family visas | overseas students
      constitutional amendment | term limits | younger voters
      social care plan | care home fees | older residents
    `),
    orgs: [
      lines(`
        the {P1} Regional Assembly
        the {Party} Party
      `),
      lines(`
        the {Party} Party
        the {P1} Taxpayers' Alliance
        the {Sur} Institute for Public Policy
        the Office of Budget Review
        the {P1} Chamber of Commerce
      `),
    ],
    roles: [
      lines(`
        a senior minister in the {P1} government
        the leader of {O1}
        the chair of the legislature's finance committee
        the government's chief whip
      `),
      lines(`
        the opposition spokesperson on the issue
        a senior figure in {O2}
        a backbench member from {P2}
        a spokesperson for {O2}
      `),
      lines(`
        a professor of politics at {Sur} University
        a pollster who has tracked the issue since {YEAR}
        a former adviser to the government
        an analyst at {O3}
      `),
    ],
    ledes: lines(`
      Lawmakers in {P1} [voted|agreed] on {DAY} to push ahead with the {K1}, a measure that {A}, {A.r}, has championed for more than a year despite warnings about its cost.
      {A}, {A.r}, [unveiled|set out] the {K1} on {DAY}, promising that changes to {K2} would reach {K3} across {P1} before the end of the year.
      The {K1} cleared its [first|second|final] vote in {P1} on {DAY} by a margin of {N} votes, handing {A} a hard-won victory after weeks of negotiation.
      A row over the {K1} deepened on {DAY} when {B}, {B.r}, accused {A} of rushing the plan through without proper scrutiny of its effect on {K3}.
      Plans for the {K1} were thrown into doubt on {DAY} after {O2} withdrew its support, leaving {A}, {A.r}, short of the votes needed to pass it.
    `),
    paras: lines(`
      Under the proposal, {K2} would be [reviewed|overhauled|tightened] within {num} months, and an independent panel would report to {O1} on how the changes affect {K3}.
      The government estimates that the {K1} will cost {M} over the next {n:3-10} years. Opposition members say the true figure is likely to be higher once administration and legal challenges are included.
      {B} said the opposition would table [amendments|a series of amendments] aimed at protecting {K3}, including a cap on {K2} and a requirement for annual reports to the chamber.
      Polling published this month suggested that {PCT} of voters in {P1} support the broad aims of the {K1}, although support falls sharply when people are asked about the cost.
      The measure has split the governing coalition. At least {N} backbench members signalled that they could vote against it unless ministers agree to delay the changes to {K2}.
      {A} has argued that the {K1} is overdue. In a speech to party members last month, {A} said the current rules on {K2} had been written for a different era and had left {K3} without protection.
      Officials have been asked to prepare guidance for local councils, which will be responsible for putting much of the plan into practice, and {O1} has promised extra staff to help them.
      The debate in the chamber ran for more than {n:4-14} hours. Several members read out letters from {K3} in their districts describing the effect of rising costs on their households.
      Committee hearings on the {K1} heard from more than {num} witnesses, among them representatives of {O2}, who warned that the timetable for changes to {K2} was unrealistic.
      The {K1} is the [largest|most ambitious|most contested] change to {K2} in {P1} since {YEAR}, when a previous government attempted a similar reform and abandoned it after a legal challenge.
      Under parliamentary rules, the {K1} must now pass a [committee stage|second reading|final vote] before it can take effect. Ministers hope to complete that process by {month}.
      {C}, {C.r}, said the outcome would test the government's authority. It is rare for a measure of this size to survive intact, {C} said, and the concessions made this week could shape the rest of the term.
      Campaign groups have held rallies outside the legislature in {P1} on three weekends in a row, with organisers putting the largest crowd at about {N2} people.
      The finance office projected that the changes would reduce spending on {K2} by {pct} within five years, a claim the opposition described as optimistic.
      Members from {P2} have been among the most vocal critics, arguing that the {K1} was designed with cities in mind and ignores the needs of {K3} in rural areas.
      Behind the scenes, negotiations between {O1} and {O2} continued late into the night on {DAY}. People briefed on the talks said the main sticking point was how quickly changes to {K2} would take effect, and whether {K3} would be compensated for any losses in the first year.
      The {K1} has been rewritten several times since it was first published. An early draft would have applied far more widely, but ministers narrowed its scope after legal advice warned that the original version could be challenged in the courts.
      Government lawyers have prepared for a possible challenge. The legislation includes a clause allowing ministers to pause the changes to {K2} for up to {n:6-24} months if an independent review finds that {K3} are being harmed.
      {A} spent much of the week in private meetings with wavering members, offering assurances about {K2} and promising a review of the plan after its first year. Several members said afterwards that the meetings had changed their minds.
      The issue has become a defining one for the government in {P1}. Ministers have tied their economic record to the {K1}, and opposition strategists believe a defeat would weaken the coalition ahead of the next election.
      Members representing districts around {P2} were among the last to declare their position. Their constituencies contain a high proportion of {K3}, and several said they had received hundreds of letters in the past fortnight.
      The independent fiscal watchdog said in its assessment that the estimates behind the {K1} were reasonable but uncertain. It warned that a small change in assumptions about {K2} could add {money} to the cost over five years.
    `),
    quotes: lines(`
      This is about fairness for {K3}, and we are not going to back away from it now
      Nobody has explained where the money is coming from, and until they do we cannot support it
      We have listened, we have made changes, and I believe we now have a plan that works
      The people who will feel this first are {K3}, and they deserve better than a rushed vote
      I have never seen a measure move through this chamber with so little scrutiny
      We will keep talking to every member who has concerns, but the direction is settled
      Voters sent a clear message at the last election and this is our answer to it
      There is a version of this that could command wide support, but this is not it
    `),
    headlines: lines(`
      {A} wins vote on {K1} after late concessions
      Lawmakers in {P1} clash over {K1}
      Opposition vows to fight {K1} as vote nears
      What the {K1} means for {K3}
      {K1} passes first test despite coalition revolt
      {O2} withdraws support for {K1}
      {A} defends {K1} against claims of rushed process
    `),
    deks: lines(`
      The measure would change {K2} for {K3} across {P1}, but critics say its cost has been understated
      {A} needs the support of at least {N} wavering members to get the plan through
      Ministers say the changes are overdue; opponents say they were drafted in haste
    `),
    captions: lines(`
      {A} speaks to reporters outside the legislature in {P1} on {DAY}.
      Members of {O2} gather before the vote in {P1}.
      Demonstrators hold signs about {K2} outside the chamber.
    `),
  },

  business: {
    section: 'Business',
    jobs: ['Business Reporter', 'Markets Correspondent', 'Economics Editor'],
    topics: rows(`
      takeover bid | share prices | shareholders
      factory closure | redundancy payments | assembly workers
      quarterly results | profit margins | investors
      merger | branch closures | customers
      bond issue | interest payments | creditors
      supply contract | shipping costs | suppliers
      pay dispute | bonus schemes | warehouse staff
      store expansion | rent costs | shoppers
      airline route launch | ticket prices | travellers
      chip plant investment | tax incentives | engineers
      restructuring plan | pension liabilities | former employees
      stock market listing | valuation targets | early backers
      insurance claims dispute | premiums | policyholders
      bankruptcy filing | unpaid invoices | small suppliers
      supermarket price war | own-brand products | grocery shoppers
      four-day week trial | working hours | office staff
      brewery sale | craft beer brands | pub landlords
      shipyard contract | steel supplies | welders
      carmaker's battery deal | electric models | dealerships
      fintech licence bid | payment fees | market stall holders
    `),
    orgs: [
      lines(`
        {Sur} Holdings
        {Sur} Logistics
        {Brand} Industries
        {P1} Mutual Bank
        {Sur} Capital
      `),
      lines(`
        the {P1} Workers' Union
        the {P1} Competition Authority
        the {P1} Shareholders' Association
        the {P1} Chamber of Commerce
      `),
    ],
    roles: [
      lines(`
        the chief executive of {O1}
        the founder of {O1}
        the chair of {O1}
        the finance director at {O1}
      `),
      lines(`
        a senior figure at {O2}
        a director at {O2}
        a spokesperson for {O2}
        the chair of {O2}
      `),
      lines(`
        an analyst at {Sur} Securities
        an economist at {Sur} University
        a retail consultant based in {P1}
        a partner at the accounting firm {Sur} Lane
      `),
    ],
    ledes: lines(`
      {O1} said on {DAY} that it had agreed to the {K1}, a move that could reshape {K2} across {P1} and affect thousands of {K3}.
      Shares in {O1} [rose|fell|swung sharply] on {DAY} after the company confirmed details of the {K1}, ending weeks of speculation among {K3}.
      {A}, {A.r}, announced the {K1} on {DAY}, telling {K3} that the company expected the change to cost {M} but to pay off within {n:2-6} years.
      The {K1} at {O1} has [drawn criticism|raised concerns|prompted questions] from {O2}, which said on {DAY} that the plan had been put together without consulting {K3}.
      {O1} is pressing ahead with the {K1} despite a [slowdown|weak quarter|drop in orders], {A}, {A.r}, said on {DAY}.
    `),
    paras: lines(`
      The company reported revenue of {M} for the period, [up|down] {PCT} from a year earlier, as pressure on {K2} weighed on the rest of the business.
      Analysts had expected a smaller figure. {C}, {C.r}, said the numbers showed the company had been slower than its rivals to adjust to higher costs.
      {O1} employs about {N2} people, most of them in {P1}, and has operated sites in {P2} since {YEAR}.
      The deal values the business at roughly {M}, according to a filing published on {DAY}, and is subject to approval by regulators and a vote by {K3}.
      In a note to clients, analysts said {K2} would remain the main risk for the company over the next {num} months, particularly if interest rates stay high.
      {O2} said it would seek urgent talks with management and warned that any attempt to cut {K2} without agreement would be resisted.
      The company's shares have lost about {pct} of their value since the start of the year, leaving it with a market value well below its peak in {YEAR}.
      Management said the {K1} would be funded from existing cash and a new credit line of {money}, and that no further borrowing was planned.
      Competition in the sector has intensified. Two rivals opened operations in {P1} last year, and prices linked to {K2} have fallen by around {pct} as a result.
      {A} told analysts on a conference call that the company was in a strong position and that the board had considered several options before settling on the {K1}.
      Trading volumes were unusually heavy, with more than {num2} thousand shares changing hands in the first hour after the announcement.
      For {K3}, the practical effect may not be felt until next year. The company said existing contracts would be honoured and that changes to {K2} would be phased in.
      The business was founded in {P1} in {YEAR} as a small family firm and grew quickly through a series of acquisitions, the largest of which cost {money}.
      Regulators are expected to examine whether the {K1} reduces choice for {K3}, a process that can take several months, and {O2} has asked to be heard as part of it.
      {B}, {B.r}, said the timing of the announcement, days before the end of the financial year, had caught many people by surprise.
      The announcement caps a turbulent year for {O1}. The company replaced its chair in {month}, abandoned a planned expansion into {P2} and warned investors twice that profits would fall short of expectations.
      People close to the board said the {K1} had been discussed for months before it was made public. Directors were divided over the timing, with some arguing that the company should wait until conditions in the wider market improved.
      Suppliers to {O1} say they have already felt the effect. One owner of a small engineering firm in {P1} said orders had fallen by a third since the spring and that {n:4-20} staff had been moved onto shorter hours.
      The company has promised that {K3} will not be worse off as a result of the changes. Critics point out that similar promises were made in {YEAR} and that the business later reversed course when costs rose.
      Economists say the case illustrates wider pressures on the sector. Higher borrowing costs, weaker demand and rising wages have squeezed margins, and few companies have been able to pass the full increase on to customers.
      Credit rating agencies are watching closely. One agency said it would review the company's rating if the {K1} added significantly to debt, a move that would raise the cost of future borrowing.
      Local politicians in {P1} have asked to meet management. The town depends heavily on the company, which is one of the largest private employers in the area and sponsors a number of community projects.
    `),
    quotes: lines(`
      We have taken a hard look at the numbers and this is the right decision for the long-term health of the company
      Our members were told nothing until this morning, and that is simply not acceptable
      The market had been waiting for clarity, and today it got some, though not all of it
      Costs have gone up across the board and we cannot pretend otherwise
      This is a vote of confidence in {P1} and in the people who work here
      Investors will want to see a clear plan for the next twelve months before they come back
      We expect the first benefits to show up in the second half of next year
      The risk is that {K3} end up paying for decisions they had no part in
    `),
    headlines: lines(`
      {O1} confirms {K1} as shares [slide|jump]
      The {K1}: what it means for {K3}
      {A} bets on {K1} despite weak quarter
      Union warns of fight over {K1} at {O1}
      {O1} unveils {K1} worth {M}
      Investors question {K1} at {P1} firm
    `),
    deks: lines(`
      The company says the plan will cost {M} but will pay for itself within a few years
      {O2} says {K3} were not consulted before the announcement
      Analysts are divided over whether the move comes too late
    `),
    captions: lines(`
      The headquarters of {O1} in {P1}.
      {A} at the company's annual meeting in {P1}.
      A worker at a site run by {O1} in {P2}.
    `),
  },

  courts: {
    section: 'Courts',
    jobs: ['Courts Reporter', 'Legal Affairs Correspondent', 'Staff Writer'],
    topics: rows(`
      fraud trial | forged invoices | investors
      appeal ruling | sentencing guidelines | victims' families
      negligence lawsuit | safety records | former patients
      libel case | newspaper columns | local business owners
      planning judicial review | environmental assessments | neighbours
      corruption hearing | procurement files | taxpayers
      employment tribunal | dismissal letters | former staff
      inquest | ambulance response times | relatives
      copyright case | licensing fees | musicians
      manslaughter trial | scaffolding inspections | construction workers
      class action | data breaches | account holders
      contempt proceedings | court orders | protesters
      privacy lawsuit | phone records | celebrities
      wrongful conviction appeal | forensic evidence | campaigners
      landlord prosecution | damp and mould reports | tenants
      tax evasion trial | offshore accounts | auditors
      medical negligence hearing | surgical records | patients' families
      land dispute | boundary maps | farming families
    `),
    orgs: [
      lines(`
        the {P1} District Court
        the Court of Appeal in {P1}
      `),
      lines(`
        {Sur} and {Sur} Solicitors
        {Sur} Chambers
        the {P1} Prosecution Service
        the {P1} Public Defender's Office
      `),
    ],
    roles: [
      lines(`
        the presiding judge
        a senior judge at {O1}
        the judge hearing the case
      `),
      lines(`
        a lawyer for the defence
        counsel for the claimants
        a senior lawyer at {O2}
        the lead lawyer for the families
      `),
      lines(`
        a former finance manager from {P1}
        a businessman from {P2}
        a retired engineer from {P1}
        a former official at {O3}
      `),
    ],
    ledes: lines(`
      A judge in {P1} on {DAY} [ruled|found] that the {K1} could proceed, clearing the way for a full hearing on {K2} later this year.
      The {K1} opened at {O1} on {DAY}, with prosecutors telling the court that {C}, {C.r}, had been involved in a scheme that cost {K3} about {M}.
      {A}, {A.r}, [delivered|handed down] a ruling on {DAY} in the {K1}, a case that has been closely watched by {K3} across {P1}.
      Lawyers asked {O1} on {DAY} to throw out key evidence in the {K1}, arguing that material on {K2} had been gathered improperly.
      The {K1} took a dramatic turn on {DAY} when a witness told the court that warnings about {K2} had been ignored for more than {num} months.
    `),
    paras: lines(`
      The jury heard that {K2} had been examined by investigators over a period of {num} months, and that the records ran to more than {num2} pages.
      {C}, {C.r}, denies all the allegations. {B}, {B.r}, told the court that the prosecution case rested on assumptions rather than evidence.
      In a written judgment running to {n:20-140} pages, {A} said the court had to weigh the rights of {K3} against the public interest in open justice.
      The case is expected to last about {n:3-9} weeks. Proceedings were adjourned on {DAY} afternoon and will resume next week with further evidence on {K2}.
      Prosecutors said the losses came to {M} and that at least {N} people had been affected, several of whom are expected to give evidence.
      The court was told that {K2} were kept in a locked office at {O2} and that only a handful of staff had access to them.
      Under cross-examination, a former colleague said she had raised concerns about {K2} in {YEAR} but had been told not to pursue them.
      {A} warned members of the jury not to discuss the case with anyone, including on social media, and to decide only on the evidence presented in court.
      The ruling can be appealed within {n:14-28} days. {B} said after the hearing that the legal team was considering its options.
      Legal experts said the case could set a precedent for how courts in {P1} treat {K2}, an area where the law has not been tested in detail.
      The public gallery was full for much of the day, with several {K3} travelling from {P2} to follow the proceedings.
      A previous hearing in {YEAR} was halted after new material emerged, and the case was sent back to investigators for further work.
      If found liable, the defendants could face costs and damages of up to {money}, although the final sum would be decided at a later hearing.
      The court heard recorded evidence from {N} witnesses on {DAY}, some of whom described the effect the events had had on their families.
      {B} told the court that {C} had cooperated fully with investigators from the start and had handed over every document requested.
      The hearing began with a dispute over documents. Lawyers for both sides spent most of the morning arguing about whether material relating to {K2} should be shown to the jury, before the judge ruled that most of it could be admitted.
      A former employee of {O2}, who cannot be named for legal reasons, told the court that staff had been under pressure to meet targets. The witness said concerns were discussed at meetings but rarely written down.
      In closing submissions, the prosecution said the evidence pointed in one direction only. The defence replied that the jury had heard a great deal of speculation but very little proof, and urged them to consider each charge separately.
      The case has cost an estimated {money} in legal fees so far, according to figures released under freedom of information rules. Most of that has been met from public funds.
      Outside the court, a small group of {K3} held handwritten signs and spoke to reporters. Several said they had attended every day of the hearing and intended to stay until the end.
      {A} reminded the court that the burden of proof lay with the prosecution. The standard, the judge said, was that the jury must be sure, and anything less should lead to an acquittal.
      The trial was delayed twice, first because of a shortage of judges and then because a key witness was taken ill. Campaigners say such delays have become common and have added to the strain on everyone involved.
    `),
    quotes: lines(`
      The evidence will show that this was not a mistake but a pattern that went on for years
      My client has always denied these allegations and will continue to do so
      The court must decide this case on the facts, not on the strength of public feeling
      We are disappointed with today's decision and are reviewing it carefully
      This judgment sends a clear message that {K2} cannot be treated lightly
      For the families, this has been a long wait, and today is only one step
      I did everything I was asked to do, and I followed the rules as I understood them
      Justice delayed on this scale is justice denied to {K3}
    `),
    headlines: lines(`
      Judge allows {K1} to go ahead
      Jury told of warnings over {K2} as {K1} opens
      {C} denies wrongdoing in {K1}
      {A} rules on {K2} in closely watched case
      Court adjourns {K1} after new evidence emerges
      Lawyers clash over {K2} on day {n:2-9} of trial
    `),
    deks: lines(`
      Prosecutors say losses to {K3} exceeded {M}
      The case is being followed closely by {K3} across {P1}
      Defence lawyers argue the evidence was gathered improperly
    `),
    captions: lines(`
      {B} arrives at {O1} on {DAY}.
      The entrance to {O1} in {P1}.
      Supporters wait outside the court building in {P1}.
    `),
  },

  sport: {
    section: 'Sport',
    jobs: ['Sports Reporter', 'Chief Sports Writer', 'Staff Writer'],
    topics: rows(`
      cup final | penalty shootouts | supporters
      transfer saga | wage demands | season-ticket holders
      doping case | blood samples | athletes
      stadium move | ticket allocations | home fans
      coaching change | training methods | young players
      title race | goal difference | fans
      rugby test series | scrum penalties | travelling supporters
      cycling tour | crash barriers | riders
      tennis championship | line-calling technology | spectators
      cricket tour | pitch conditions | spectators
      Olympic qualifier | selection criteria | hopefuls
      relegation battle | points deductions | club staff
      swimming championships | lane allocations | junior swimmers
      boxing title fight | weigh-in rules | ringside fans
      sailing regatta | wind conditions | crews
      golf open | course changes | club members
      women's league expansion | broadcast deals | girls' teams
      horse racing festival | safety fences | racegoers
      basketball play-offs | roster changes | season-ticket holders
    `),
    orgs: [
      lines(`
        {P1} United
        {P1} City
        {P1} Athletic
      `),
      lines(`
        {Town} Rovers
        {Town} Wanderers
        {Town} Harriers
        {Town} Albion
      `),
    ],
    roles: [
      lines(`
        the head coach of {O1}
        the captain of {O1}
        the manager of {O1}
        the performance director at {O1}
      `),
      lines(`
        the coach of {O2}
        the chief executive of {O2}
        the captain of {O2}
        a director of {O2}
      `),
      lines(`
        a former international who now works as a broadcaster
        a sports scientist at {Sur} University
        the chair of the {P1} supporters' club
      `),
    ],
    ledes: lines(`
      {O1} [beat|edged past|overcame] {O2} {SCORE} on {DAY} in a contest dominated by talk of the {K1}, with {A} later describing the result as the best of the season.
      The {K1} took another twist on {DAY} when {A}, {A.r}, said the club would not be rushed into a decision on {K2}.
      {A} [insisted|said] on {DAY} that {O1} were focused on the {K1} despite growing frustration among {K3}.
      A crowd of {N2} watched {O1} take on {O2} in {P1} on {DAY}, in a contest that will be remembered as much for the row over {K2} as for the sport.
    `),
    paras: lines(`
      {O1} have won {n:6-12} of their last {n:14-20} outings, a run that has lifted spirits among {K3} after a difficult start to the season.
      The decisive moment came late on, when a [mistake|lapse|moment of brilliance] changed the course of the contest and left {O2} chasing the game.
      {A} has been in charge since {YEAR} and has [rebuilt|reshaped|overhauled] the squad, bringing in younger players and changing the club's approach to {K2}.
      The governing body said it would review {K2} at its next meeting in {month}, after complaints from several clubs and from {K3}.
      Attendance at the ground in {P1} has risen by {pct} this season, and the club says it expects to sell out the remaining fixtures.
      Medical staff are monitoring {n:2-5} players with minor injuries, and {A} said decisions on selection would be made later in the week.
      {O2} sit {n:3-12} points behind with {n:4-9} games remaining, and their coach admitted that the margin for error had all but disappeared.
      The club's finances have come under scrutiny. Accounts published in {month} showed losses of {M}, largely because of wages and the cost of {K2}.
      Away from the field, the argument over {K2} has dominated conversation among {K3}, with a petition attracting more than {num2} signatures.
      {C}, {C.r}, said the performance showed what the team was capable of but warned that consistency would decide the season.
      The last time {O1} reached this stage was in {YEAR}, when a team built around local players surprised the rest of the league.
      Television rights for the competition were sold for {money} last year, and organisers say audiences have grown in {P2} in particular.
      Training resumes on {DAY}, with the squad travelling to {P2} at the weekend for the next round of the {K1}.
      The result leaves {O1} needing {N} points from their remaining fixtures, a target that {A} described as difficult but realistic.
      {B}, {B.r}, refused to blame the officials but said several decisions had gone against his side at important moments.
      It was a contest of two halves. {O2} started brightly and created the better chances early on, but once {O1} settled they dominated possession and rarely looked troubled in the closing stages.
      The build-up had been overshadowed by questions about {K2}. {A} refused to discuss the matter at the pre-event press conference, saying only that it would be dealt with internally and that the focus was on performance.
      Younger players were given a chance and took it. Two of the squad's academy graduates started for the first time this season, and both were praised afterwards for their composure and work rate.
      The atmosphere inside the ground was tense for long periods. A section of the home support made its feelings known about {K2} before the start, unfurling a banner that was later removed by stewards.
      The statistics told their own story. {O1} had {n:52-68} percent of possession and {n:10-22} attempts on target, while their opponents managed only {n:3-9} and rarely threatened after the break.
      The coaching staff have introduced a new approach to recovery and conditioning this season. Players now train in shorter, more intense sessions, and the club says injuries have fallen as a result.
      Next up is a trip to {P2}, where {O1} have not won since {YEAR}. {A} said the squad would travel a day early to give the players more time to rest.
    `),
    quotes: lines(`
      The players gave everything today and I could not ask for more
      We know what is at stake and we will not hide from it
      It was not our best performance, but the character the group showed was outstanding
      Decisions like that change games, and we have to accept it and move on
      The supporters deserve a team that fights for every ball
      We are not getting carried away; there is still a long way to go
      Nobody at the club wants to talk about {K2} every week, but the questions are fair
      I have been in this sport a long time and I have rarely seen anything like it
    `),
    headlines: lines(`
      {O1} beat {O2} {SCORE} as {A} hails character
      {A} refuses to be rushed over {K2}
      {K1}: {O1} keep hopes alive
      Frustration grows among {K3} over {K2}
      {O2} left chasing after defeat in {P1}
      {A} says {O1} can still win the {K1}
    `),
    deks: lines(`
      The result leaves {O2} adrift with the season entering its final stretch
      {A} praised the squad but admitted questions over {K2} remain
      A crowd of {N2} saw a contest that turned in the final minutes
    `),
    captions: lines(`
      {A} on the touchline in {P1} on {DAY}.
      Players of {O1} celebrate after the final whistle.
      Supporters of {O2} before the match in {P1}.
    `),
  },

  science: {
    section: 'Science',
    jobs: ['Science Correspondent', 'Science Reporter', 'Staff Writer'],
    topics: rows(`
      telescope survey | faint galaxies | astronomers
      fossil discovery | jaw fragments | palaeontologists
      fusion experiment | plasma temperatures | physicists
      gene study | rare mutations | families taking part
      ocean expedition | deep-sea sediments | marine biologists
      comet flyby | dust samples | amateur astronomers
      battery research project | sodium cells | engineers
      bird migration study | tracking tags | volunteers
      ice-sheet model | meltwater data | glaciologists
      satellite launch | orbital debris | mission controllers
      archaeological dig | bronze tools | student volunteers
      bee decline study | pesticide residues | beekeepers
      quantum computing trial | error rates | researchers
      earthquake monitoring network | seismic sensors | residents near the fault
      volcano survey | gas emissions | residents near the summit
      moon rock analysis | mineral traces | planetary scientists
      deep cave expedition | blind fish | cave divers
      whale song study | acoustic recordings | boat operators
      antibiotic discovery | soil bacteria | microbiologists
      solar storm forecast | magnetic field readings | satellite operators
    `),
    orgs: [
      lines(`
        the {Sur} Institute
        {P1} University
        the {P1} Observatory
        the {P1} Natural History Museum
      `),
      lines(`
        the {Sur} Research Centre
        {Town} University
        the {P2} Space Agency
        the {Sur} Foundation for Science
      `),
    ],
    roles: [
      lines(`
        a researcher at {O1} who led the study
        the lead author of the study and a professor at {O1}
        the director of {O1}
        a senior scientist at {O1}
      `),
      lines(`
        a co-author from {O2}
        the head of the laboratory at {O2}
        a project scientist at {O2}
        a data analyst at {O2}
      `),
      lines(`
        an independent scientist who was not involved in the research
        a professor at {Sur} University who reviewed the findings
        a science policy adviser in {P2}
      `),
    ],
    ledes: lines(`
      Scientists at {O1} said on {DAY} that the {K1} had produced [unexpected|striking|promising] results, offering a new view of {K2}.
      A {K1} led by {A}, {A.r}, has found evidence that could change how researchers think about {K2}, according to a paper published on {DAY}.
      Results from the {K1} were released on {DAY}, after {n:3-12} years of work by a team of more than {N} researchers from {P1} and {P2}.
      The {K1} has reached a milestone, researchers at {O1} announced on {DAY}, with data on {K2} that {K3} have been awaiting for years.
    `),
    paras: lines(`
      The study, published in a peer-reviewed journal, analysed data collected between {YEAR} and last year and found a {PCT} difference between the two groups.
      The team used a combination of field measurements and computer models, running more than {num2} simulations to test whether the pattern could have arisen by chance.
      {C}, {C.r}, described the findings as [important|intriguing|significant] but said they would need to be confirmed by other groups before firm conclusions could be drawn.
      The research was funded by a grant of {M} from {O2} and involved collaborators in {P2}.
      One surprise was the scale of the effect. The researchers had expected a small change in {K2}, but the measurements showed something much larger.
      The work builds on earlier research at {O1}, where a smaller pilot project in {YEAR} hinted at a similar result.
      Samples are now being analysed at laboratories in {P1} and {P2}, and the team expects to publish further results in {month}.
      Previous attempts to measure {K2} were limited by the equipment available. Newer instruments are about {n:5-50} times more sensitive.
      The researchers stress that their results apply to the conditions they studied and should not be generalised without more work.
      {K3} have followed the project closely, and several contributed data through a public programme launched in {YEAR}.
      The paper lists {N} authors from {n:4-30} institutions, reflecting the growing scale of collaborative work in the field.
      {A} said the next phase would focus on {K2}, which the team believes holds the key to explaining the pattern.
      Critics have questioned whether the sample size was large enough. The team said its statistical methods accounted for that and that the result held across every test.
      The data will be made publicly available, allowing other groups to check the analysis and extend it.
      {B}, {B.r}, said the most difficult part had been cleaning the raw data, which took almost a year before any analysis could begin.
      The measurements were taken over {n:2-5} field seasons, often in difficult conditions. Team members described long days, equipment failures and at least one near miss when a storm arrived earlier than forecast.
      What makes the result unusual is the combination of methods. Earlier studies relied on a single technique, but this team cross-checked every finding using at least two independent approaches.
      Funding for the next phase is not yet secure. {O1} has applied for a further grant and expects a decision in {month}, but researchers say the project could be scaled back if the money does not come through.
      The findings have practical implications. If confirmed, they could change how {K2} are monitored and help planners prepare for changes that were previously thought to be decades away.
      Several early-career researchers played a central role in the work. Two of the paper's lead authors are doctoral students, and one spent most of last year analysing the raw data.
      Not all of the results were expected. One set of measurements contradicted the team's working theory, and the researchers say they are still trying to understand why.
      Members of the public can see some of the material for themselves. {O1} plans to put a selection on display in {month}, alongside an explanation of how the research was carried out.
    `),
    quotes: lines(`
      We were genuinely surprised by what we saw, and we spent months checking that it was real
      This is one piece of a much larger puzzle, but it is an important piece
      The result is exciting, but extraordinary claims need careful replication
      Without the long-term funding, none of this would have been possible
      What we have now is a much clearer picture of {K2} than anyone had five years ago
      There are still many open questions, and that is what makes the work worth doing
      The data speak for themselves, and we are making all of it public
    `),
    headlines: lines(`
      {K1} reveals surprise about {K2}
      Scientists in {P1} report breakthrough in {K1}
      New data from {K1} challenge old assumptions
      What the {K1} tells us about {K2}
      Researchers at {O1} publish long-awaited results
      {A} on the {K1}: only the beginning
    `),
    deks: lines(`
      The findings, from a team of {N} researchers, need to be confirmed by other groups
      The project cost {M} and ran for several years
      Independent scientists call the results intriguing but preliminary
    `),
    captions: lines(`
      {A} in the laboratory at {O1}.
      Equipment used in the {K1} at {O1}.
      Researchers from {O2} during fieldwork near {P1}.
    `),
  },

  health: {
    section: 'Health',
    jobs: ['Health Correspondent', 'Health Reporter', 'Staff Writer'],
    topics: rows(`
      measles outbreak | vaccination rates | parents
      hospital waiting list crisis | elective operations | patients
      diabetes drug rollout | blood sugar checks | people with diabetes
      nurses' strike | staffing levels | ward staff
      maternity unit review | birth outcomes | expectant mothers
      mental health service overhaul | crisis beds | young people
      cancer screening programme | early diagnoses | women over fifty
      air ambulance cut | response times | rural patients
      drug shortage | antibiotic supplies | pharmacists
      dental access plan | dental appointments | families
      flu season | hospital admissions | older people
      hearing aid scheme | device costs | pensioners
      food poisoning outbreak | restaurant hygiene | diners
      hospital parking charge row | parking fees | hospital visitors
      vaccine rollout | booster doses | care home residents
      air pollution study | asthma cases | children
      organ donation drive | donor registrations | transplant patients
      long covid clinic closure | rehabilitation sessions | patients
      ambulance handover delays | waiting ambulances | paramedics
    `),
    orgs: [
      lines(`
        {P1} General Hospital
        the {P1} Health Authority
        the {Sur} Medical Centre
      `),
      lines(`
        the {P1} Nurses' Union
        the Public Health Agency of {P2}
        the {Sur} Patients' Association
      `),
    ],
    roles: [
      lines(`
        the chief medical officer at {O1}
        the director of public health for {P1}
        a consultant at {O1}
        the chief executive of {O1}
      `),
      lines(`
        a spokesperson for {O2}
        a senior figure at {O2}
        the chair of {O2}
        a board member of {O2}
      `),
      lines(`
        a professor of epidemiology at {Sur} University
        a family doctor in {P1}
        a patient advocate from {P2}
      `),
    ],
    ledes: lines(`
      Health officials in {P1} warned on {DAY} that the {K1} was putting pressure on services, with {K3} among those most affected.
      {A}, {A.r}, said on {DAY} that {O1} would [expand|review|overhaul] its approach to {K2} as concern about the {K1} grows.
      Figures published on {DAY} show that the {K1} has affected more than {N2} {K3} in {P1} since the start of the year.
      The {K1} has prompted {O2} to call for urgent action on {K2}, after a report found that services in {P1} were falling behind.
    `),
    paras: lines(`
      The report found that {PCT} of {K3} in the area had experienced delays, compared with a national average of about {pct}.
      Doctors at {O1} said they had seen a steady rise in demand over the past {n:3-10} weeks and had opened an extra ward to cope.
      {C}, {C.r}, said the figures were concerning but not surprising, given years of pressure on {K2}.
      Funding of {M} has been promised to address the problem, although {O2} says the money will cover only part of what is needed.
      Officials urged {K3} to seek advice early if they had concerns and said help was available through local clinics and a telephone line.
      The health authority said it had contacted more than {num2} people and would continue to monitor the situation in {P1} and {P2}.
      Staff shortages remain the biggest obstacle. {O1} currently has about {N} vacancies, many of them in specialist roles.
      A review commissioned in {YEAR} recommended changes to {K2}, but only some of those recommendations have been put into practice.
      Patient groups say {K3} have borne the brunt of the problem and have called for clearer information about waiting times and treatment options.
      The plan includes extra clinics on evenings and weekends, a new booking system and a target of cutting delays by {pct} within a year.
      Clinical studies have shown a reduction in serious outcomes of about {PCT}, and regulators approved the approach for wider use in {YEAR}.
      {A} said the situation was being reviewed daily and that resources would be moved to where they were most needed.
      Officials said there was no immediate risk to the wider public but that the situation would be kept under close review.
      Separate figures show that spending on {K2} in {P1} has risen by {pct} over five years, faster than the health budget as a whole.
      {B}, {B.r}, said staff had been raising the alarm about {K2} for months and felt their warnings had been ignored.
      Inside the hospital, staff describe a relentless pace. One nurse said the ward had been full every night for the past month and that patients were regularly being cared for in corridors while they waited for a bed.
      The problem is not evenly spread. Figures show that {K3} in the poorest parts of {P1} are about twice as likely to be affected as those in wealthier districts, a gap that has widened since {YEAR}.
      Managers at {O1} have been asked to produce a recovery plan within {n:4-12} weeks. It is expected to include changes to {K2}, extra weekend sessions and more use of services in neighbouring areas.
      Doctors say prevention is as important as treatment. They are urging families to make sure routine checks are up to date and to seek help early rather than waiting until problems become serious.
      The costs to the wider economy are significant. An analysis published last year estimated that delays linked to {K2} cost employers in the region {money} a year in lost working days.
      Some patients have turned to private providers, paying thousands out of their own pockets. Others have travelled to {P2}, where waiting times are shorter but the journey can take several hours.
      The health authority's board will discuss the situation at its next public meeting in {month}. Papers published ahead of the meeting describe the position as serious but improving.
    `),
    quotes: lines(`
      Our staff are working incredibly hard, but the demand we are seeing is relentless
      Nobody should have to wait this long for care, and we are determined to bring the numbers down
      The evidence is clear, and the sooner we act the fewer people will be harmed
      We are asking {K3} to come forward early, because early treatment makes a real difference
      Promises are welcome, but patients need to see change on the wards, not in press releases
      This is a warning sign that the system cannot absorb much more pressure
      We have the tools to deal with this, but only if the resources follow
    `),
    headlines: lines(`
      {K1}: {P1} services under strain
      {O1} to overhaul {K2} after critical report
      {A} warns of pressure as {K1} grows
      {K3} face delays as {K1} hits {P1}
      Health chiefs promise {M} to tackle {K1}
      Patient groups demand answers on {K2}
    `),
    deks: lines(`
      Officials say {PCT} of {K3} in the area have experienced delays
      {O2} says the promised funding covers only part of what is needed
      Doctors describe steadily rising demand over recent weeks
    `),
    captions: lines(`
      The entrance to {O1} in {P1}.
      {A} speaks at a briefing in {P1} on {DAY}.
      Staff at work on a ward at {O1}.
    `),
  },

  weather: {
    section: 'Weather',
    jobs: ['Weather Reporter', 'Chief Meteorologist', 'Staff Writer'],
    topics: rows(`
      storm | wind gusts | coastal residents
      heatwave | overnight temperatures | outdoor workers
      flood | river levels | homeowners
      snowstorm | school closures | drivers
      drought | water restrictions | farmers
      wildfire | evacuation orders | hikers
      hailstorm | crop damage | growers
      cold snap | heating demand | rough sleepers
      freezing fog | flight cancellations | holidaymakers
      tropical cyclone | storm surges | island communities
      monsoon | landslides | villagers
      deluge | sewer overflows | shop owners
      ice storm | power lines | rural households
      tornado | damaged roofs | mobile home residents
      dust storm | visibility warnings | motorists
      king tide | coastal flooding | seafront businesses
      late frost | fruit blossom | orchard owners
      thunderstorm outbreak | lightning strikes | campers
    `),
    orgs: [
      lines(`
        the National Weather Office
        the {P2} Meteorological Agency
      `),
      lines(`
        the {P1} Emergency Management Office
        {P1} Fire and Rescue
        the {P1} River Authority
        {Sur} Power
      `),
    ],
    roles: [
      lines(`
        a forecaster at {O1}
        the chief meteorologist at {O1}
        the head of emergency planning for {P1}
        the duty forecaster at {O1}
      `),
      lines(`
        a spokesperson for {O2}
        the operations manager at {O2}
        the mayor of {P1}
        an incident commander with {O2}
      `),
      lines(`
        a climate scientist at {Sur} University
        a resident of {P1}
        a farmer near {P1}
        a café owner in {P1}
      `),
    ],
    ledes: lines(`
      The {K1} [swept across|hit|settled over] {P1} on {DAY}, bringing [disruption|difficult conditions|misery] to {K3} and prompting {O1} to issue its highest level of warning.
      Forecasters at {O1} said on {DAY} that the {K1} would continue for at least {n:2-5} more days, with {K2} expected to peak over the weekend.
      {K3} in {P1} were urged to take precautions on {DAY} as the {K1} intensified, with emergency services reporting {N} incidents in a single morning.
      The worst of the {K1} is expected to pass by {DAY} night, {A}, {A.r}, said, but {K2} could cause problems well into next week.
    `),
    paras: lines(`
      Measurements at the weather station in {P1} reached record levels on {DAY}, beating the previous mark set in {YEAR}.
      About {N2} homes were without power at the height of the disruption, and engineers worked through the night to restore supplies.
      Emergency services said they had received more than {num2} calls since the warning was issued, most of them from {K3}.
      {C}, {C.r}, said conditions were among the worst in living memory, with {K2} making travel almost impossible for several hours.
      Schools in parts of {P1} closed early, and rail operators ran a reduced timetable on several routes towards {P2}.
      Insurers estimate that the cost of damage could reach {M}, although a full assessment will not be possible until conditions improve.
      The warning covers an area stretching from {P1} to {P2}, and forecasters said conditions could change quickly.
      {O1} said the pattern was consistent with a long-term trend towards more frequent extreme events, though no single episode can be attributed to one cause.
      Volunteers opened {n:3-15} shelters across the region, offering hot drinks, blankets and somewhere to charge phones.
      Farmers reported damage to crops and fencing, and said the timing could hardly have been worse, just weeks before the harvest.
      Drivers were advised to avoid all but essential journeys. Police said {n:5-40} roads were closed at one point on {DAY} afternoon.
      Conditions are forecast to return to seasonal levels by the end of the week, although another band of unsettled weather is expected in {month}.
      The last comparable event in {P1} was in {YEAR}, when {K2} caused damage estimated at {money} and led to a review of local defences.
      Officials said {PCT} of the region had been affected to some degree and urged {K3} to check on elderly neighbours.
      Crews from {O2} were sent to the worst-hit streets of {P1}, and {B}, {B.r}, said they would stay until every call had been answered.
      The day began calmly, with little sign of what was to come. By late morning the sky had darkened over {P1}, and within an hour {K2} had become the main concern for emergency planners.
      Forecasters had tracked the system for several days as it moved in from the west. Computer models disagreed about its exact path until the last moment, which made it harder to issue precise warnings.
      Residents in low-lying streets were among the worst affected. Some spent the night with neighbours or relatives, while others stayed put and tried to protect their homes as best they could.
      Transport networks struggled to cope. Trains were cancelled or delayed across the region, several major roads were closed for hours, and flights near {P2} were suspended for much of the afternoon.
      Local authorities say they are better prepared than in the past. New warning systems were installed after the {YEAR} event, and more staff have been trained to respond quickly when conditions deteriorate.
      Insurers have set up dedicated telephone lines and say they will try to process claims quickly. They advised policyholders to take photographs of any damage before starting repairs.
      For farmers, the timing is particularly difficult. Many had been preparing for the busiest weeks of the year, and some fear that losses from {K2} will not be fully covered by their policies.
    `),
    quotes: lines(`
      This is a serious situation and people need to take the warnings seriously
      We have crews on standby around the clock and we will stay out until the job is done
      I have lived here for thirty years and I have never seen anything like this
      The forecast is improving, but the next twenty-four hours are critical
      Please do not travel unless you absolutely have to
      Events like this are becoming more common, and we need to plan for them
      Everyone has pulled together, and that has made a huge difference
    `),
    headlines: lines(`
      {K1} brings disruption to {P1}
      Warnings issued as {K1} intensifies
      {K3} told to prepare as {K1} nears
      Thousands without power after {K1} in {P1}
      {K1}: record readings in {P1}
      Clean-up begins after {K1} hits {P1} and {P2}
    `),
    deks: lines(`
      Forecasters say conditions will ease by the weekend, but {K2} remain a concern
      Emergency services received thousands of calls in a day
      Insurers say damage could run to {M}
    `),
    captions: lines(`
      Conditions in {P1} on {DAY}.
      Crews from {O2} at work near {P1}.
      A resident surveys the damage in {P1}.
    `),
  },

  technology: {
    section: 'Technology',
    jobs: ['Technology Reporter', 'Technology Editor', 'Staff Writer'],
    topics: rows(`
      app update | privacy settings | users
      data breach | customer passwords | account holders
      chip shortage | production delays | device makers
      chatbot launch | content filters | teachers
      satellite internet service | monthly fees | rural households
      smartphone recall | battery faults | owners
      ransomware attack | backup systems | council staff
      streaming price rise | subscription tiers | subscribers
      self-driving trial | road sensors | pedestrians
      broadband rollout | fibre connections | small businesses
      social media age limit | age checks | teenagers
      e-scooter scheme | parking bays | commuters
      cloud outage | payment services | online shoppers
      phone network outage | emergency calls | mobile customers
      facial recognition trial | camera systems | shoppers
      online voting pilot | digital ballots | overseas voters
      drone delivery trial | flight paths | suburban residents
      password manager flaw | encrypted vaults | subscribers
      video game server shutdown | online modes | long-time players
    `),
    orgs: [
      lines(`
        {Brand} Labs
        {Brand} Systems
        {Brand} Networks
      `),
      lines(`
        the {P1} Data Protection Office
        the Digital Consumers' Association
        {Sur} Research
      `),
    ],
    roles: [
      lines(`
        the chief executive of {O1}
        the head of product at {O1}
        the chief technology officer at {O1}
        a co-founder of {O1}
      `),
      lines(`
        a spokesperson for {O2}
        an investigator at {O2}
        the policy director at {O2}
        a senior engineer at {O2}
      `),
      lines(`
        a security researcher based in {P1}
        a technology analyst at {O3}
        a lecturer in computer science at {Sur} University
      `),
    ],
    ledes: lines(`
      {O1} [confirmed|announced|disclosed] on {DAY} details of the {K1}, a change that will affect {K2} for millions of {K3}.
      The {K1} at {O1} has drawn scrutiny from {O2}, which said on {DAY} that it was examining how {K2} had been handled.
      {A}, {A.r}, defended the {K1} on {DAY}, saying the company had tested it extensively before the launch.
      {K3} in {P1} and beyond reported problems on {DAY} linked to the {K1}, with complaints peaking in the early afternoon.
    `),
    paras: lines(`
      The company said about {N2} accounts had been affected, a figure that represents roughly {PCT} of its users in the region.
      {C}, {C.r}, said the episode showed how dependent {K3} had become on a small number of services and how little they knew about {K2}.
      {O1} was founded in {P1} in {YEAR} and now employs around {num2} people, with offices in {P2}.
      Engineers traced the problem to a configuration change made during routine maintenance, according to an internal summary seen by reporters.
      The launch follows an investment of {M} over {n:2-6} years, much of it spent on software and on hiring specialists in {K2}.
      Regulators have the power to impose fines of up to {n:2-10} percent of annual turnover if rules on {K2} are found to have been broken.
      The update rolls out in stages, starting in {P1} and reaching other markets over the next {n:2-8} weeks.
      Independent testing by researchers found that the system performed well in most cases but struggled with {K2}, producing errors in roughly one case in {n:8-40}.
      {O1} said it had notified {K3} by email and recommended that they review their settings as a precaution.
      Critics argue that protections around {K2} should be switched on by default rather than left to users to find in menus.
      Shares in the company's parent dipped by {pct} in early trading before recovering most of the loss.
      The company has faced questions about {K2} before. In {YEAR} it paid {money} to settle a complaint brought by consumer groups.
      {A} said a full technical report would be published within {n:7-30} days and that outside auditors had been brought in.
      Demand for the service has grown quickly. Sign-ups rose by {pct} last year, driven largely by {K3} in smaller towns.
      {B}, {B.r}, said the number of complaints had reached {num2} in a week, more than usually arrive in a month.
      The problem first came to light when {K3} began posting about it on social media. Within hours, thousands of similar reports had appeared, and the company's own status page acknowledged that something was wrong.
      Security experts say the incident follows a familiar pattern. Attackers often look for weaknesses in older systems that have not been updated, and organisations with limited budgets are particularly exposed.
      The product has been in development for more than {n:2-5} years. Engineers at {O1} say they rewrote large parts of it after early tests showed that it did not cope well with the way people actually use their devices.
      Consumer groups have been pressing for clearer rules. They say that terms and conditions are too long and too complicated, and that most people agree to them without understanding what they mean for {K2}.
      Competitors were quick to react. At least two rival companies announced their own changes within days, and analysts expect more to follow as the sector adjusts to the new expectations.
      Small businesses in {P1} say they rely heavily on the service. One café owner said card payments had failed for most of the afternoon and that several customers left without paying.
      The company plans to publish a detailed account of what went wrong. It has also promised to compensate affected customers, although it has not said how much they will receive.
    `),
    quotes: lines(`
      We take this extremely seriously and we are sorry for the disruption it caused
      Technology should work for people, not the other way round
      The fix is already in place, and we are confident it will hold
      Companies keep promising that this time it will be different, and it keeps not being different
      We built this with privacy in mind from the very first line of code
      Users deserve to know exactly what is being collected and why
      The honest answer is that nobody fully understands the risks yet
    `),
    headlines: lines(`
      {O1} defends {K1} amid user complaints
      Regulator examines {K1} at {O1}
      The {K1}: what {K3} need to know
      {O1} apologises after {K1} disrupts {K3}
      {A} bets big on {K1}
      Questions mount over {K2} after {K1}
    `),
    deks: lines(`
      The company says about {N2} accounts were affected
      {O2} wants to know how {K2} were handled
      Critics say protections should be switched on by default
    `),
    captions: lines(`
      The offices of {O1} in {P1}.
      {A} presents the company's plans in {P1}.
      A phone showing the service offered by {O1}.
    `),
  },

  culture: {
    section: 'Culture',
    jobs: ['Arts Correspondent', 'Culture Editor', 'Staff Writer'],
    topics: rows(`
      film festival | opening-night screenings | cinema-goers
      museum reopening | restored paintings | visitors
      book prize | shortlisted novels | readers
      music festival | headline acts | ticket holders
      theatre season | new commissions | audiences
      gallery funding cut | education programmes | young artists
      orchestra tour | concert halls | music students
      cathedral restoration | medieval carvings | local historians
      television drama | filming locations | viewers
      poetry festival | public readings | schoolchildren
      video game awards | independent studios | players
      dance company anniversary | touring productions | dancers
      archive donation | letters and manuscripts | researchers
      street art festival | mural commissions | local artists
      opera house renovation | backstage facilities | opera lovers
      jazz club closure | live music licences | musicians
      sculpture trail | outdoor installations | walkers
      film studio expansion | sound stages | film crews
      comic book convention | exhibitor stalls | fans
    `),
    orgs: [
      lines(`
        the {P1} Museum of Art
        the {Sur} Gallery
        the {P1} Philharmonic
        the {Sur} Theatre
        {Brand} Pictures
      `),
      lines(`
        the {P1} Arts Council
        the {P1} Heritage Trust
        the {P1} Artists' Network
      `),
    ],
    roles: [
      lines(`
        the artistic director of {O1}
        the director of {O1}
        the chief curator at {O1}
        a novelist from {P1}
      `),
      lines(`
        the chair of {O2}
        a programmer at {O2}
        a spokesperson for {O2}
        the head of learning at {O2}
      `),
      lines(`
        a critic who has followed the event for years
        an art historian at {Sur} University
        a long-time visitor from {P2}
      `),
    ],
    ledes: lines(`
      The {K1} [opened|got under way|returned] in {P1} on {DAY}, with organisers promising the most ambitious programme in its history.
      {A}, {A.r}, unveiled plans on {DAY} for the {K1}, including new work by artists from {P1} and {P2}.
      More than {N2} people are expected to attend the {K1} this year, {O1} said on {DAY}, despite concerns about {K2}.
      The {K1} has become the subject of heated debate in {P1}, after {O2} questioned the decision to change {K2}.
    `),
    paras: lines(`
      This year's programme includes {N} new pieces, about a third of them by artists making their debut, alongside works that have not been seen in public since {YEAR}.
      Ticket sales are up {PCT} on last year, according to {O1}, with particularly strong demand from {K3} under thirty.
      {C}, {C.r}, said the selection was bold and occasionally uneven, but praised the decision to give space to lesser-known names.
      The project cost {M}, funded by a mix of public grants, private donors and a crowdfunding campaign that raised {money}.
      Organisers have paid particular attention to {K2}, which they say had been neglected in previous years.
      The building in {P1} has undergone a {n:6-30}-month renovation, adding a new entrance, a café and space for education work.
      Among the highlights is a collaboration between musicians from {P1} and {P2}, developed over two years of workshops.
      Not everyone is happy. A group of {K3} wrote an open letter criticising the decision to reduce {K2}, which it said had been central to the event's character.
      The event was founded in {YEAR} by a small group of volunteers and now attracts visitors from across the country.
      {A} said the aim was to reach audiences who would not normally think of attending, with free sessions on {n:3-12} afternoons.
      Hotels in {P1} report occupancy of over {pct} during the event, and businesses say it is one of the busiest periods of the year.
      Reviews of the opening were broadly positive, although some critics questioned the length of the programme and the attention given to {K2}.
      The collection includes more than {num2} items, many of them donated by families in {P1} over the past century.
      A touring version of the programme will visit {P2} in {month}, with further dates to be confirmed.
      {B}, {B.r}, said the team had spent {n:2-4} years negotiating loans from collections in {P2} and elsewhere.
      The opening night drew a full house. Audiences queued around the block in the early evening, and many stayed long after the final performance to talk with the artists and organisers.
      Behind the scenes, the project was a feat of logistics. Works were transported from {n:4-20} locations, some of them fragile enough to require specialist handling and climate-controlled storage.
      Funding remains a worry. Public support for the arts in {P1} has fallen in recent years, and organisers say they rely more than ever on private donors and ticket sales to balance the books.
      The programme makes a deliberate effort to reach beyond the usual audience. Free tickets have been set aside for schools, and several events will take place in libraries, community halls and parks.
      For many of the artists, this is a homecoming. Several grew up in {P1} and left to build careers elsewhere, and they say returning to present new work in their home town has special meaning.
      Critics have singled out one piece in particular, a large installation that fills the main hall. It took more than a year to make and has already become one of the most photographed works of the season.
      Volunteers are at the heart of the event. More than {n:80-400} people have signed up to help this year, staffing information desks, guiding visitors and looking after artists.
    `),
    quotes: lines(`
      We wanted to make something that felt alive, not something behind glass
      Culture is not a luxury; it is part of what makes a place worth living in
      It has been a long road, but seeing people walk through the doors makes it worth it
      Some of the choices are brave, and some of them will divide opinion, which is exactly as it should be
      We owe it to {K3} to keep this accessible, and that means keeping prices down
      I first came here as a child, and it changed the way I saw the world
      There is an enormous amount of talent in {P1} that too often goes unseen
    `),
    headlines: lines(`
      {K1} returns to {P1} with bold programme
      {A} promises the {K1} will be for everyone
      Row over {K2} overshadows {K1}
      Inside the {K1}: highlights and surprises
      {O1} reveals plans for {K1}
      Critics divided as {K1} opens in {P1}
    `),
    deks: lines(`
      Organisers say ticket sales are up {PCT} on last year
      The programme mixes debut work with pieces unseen for decades
      Some {K3} say the changes to {K2} go too far
    `),
    captions: lines(`
      Visitors at {O1} in {P1} on {DAY}.
      {A} at the launch of the programme.
      A rehearsal ahead of the opening in {P1}.
    `),
  },

  local: {
    section: 'Local',
    jobs: ['Local Democracy Reporter', 'Community Reporter', 'Staff Writer'],
    topics: rows(`
      bypass plan | traffic calming measures | residents
      library closure | opening hours | families
      park redevelopment | play areas | dog walkers
      bus route change | timetable cuts | older passengers
      market hall renovation | stall rents | traders
      swimming pool repair | lane bookings | swim clubs
      parking charge increase | permit fees | shopkeepers
      housing estate plan | green spaces | neighbours
      road resurfacing programme | pothole repairs | cyclists
      community centre lease | hall bookings | volunteers
      bin collection change | recycling rules | householders
      footbridge replacement | river crossings | walkers
      street lighting switch-off | night patrols | shift workers
      allotment waiting list | garden plots | would-be growers
      town centre regeneration | empty shop units | independent traders
      skate park proposal | noise limits | teenagers
      harbour wall repair | mooring fees | boat owners
      public toilet closures | opening hours | visitors
      new cycle lane | junction layouts | delivery drivers
    `),
    orgs: [
      lines(`
        {P1} Town Council
        {P1} Borough Council
      `),
      lines(`
        the {P1} Residents' Association
        the Friends of {P1} Park
        the {P1} Chamber of Trade
        the {P1} Civic Society
      `),
    ],
    roles: [
      lines(`
        the leader of {O1}
        the councillor responsible for the project
        a cabinet member at {O1}
        the mayor of {P1}
      `),
      lines(`
        the chair of {O2}
        the secretary of {O2}
        a spokesperson for {O2}
        a founding member of {O2}
      `),
      lines(`
        a resident of {P1} for more than {n:12-50} years
        a shop owner in {P1}
        a local historian
        a parent from {P1}
      `),
    ],
    ledes: lines(`
      Councillors in {P1} [approved|backed|narrowly voted for] the {K1} on {DAY}, despite objections from {K3} who packed the public gallery.
      The {K1} in {P1} is set to go ahead after {O1} confirmed on {DAY} that funding of {M} had been secured.
      {K3} in {P1} have launched a campaign against the {K1}, saying changes to {K2} were decided without proper consultation.
      {A}, {A.r}, said on {DAY} that the {K1} would be reviewed after more than {N2} people signed a petition against it.
    `),
    paras: lines(`
      The council received {num2} responses to its consultation, with {PCT} of them opposing at least part of the plan.
      Work is expected to start in {month} and last about {n:3-18} months, with some disruption to {K2} while it is carried out.
      {C}, {C.r}, said the area had been waiting years for investment but that the current plan did not reflect what people had asked for.
      The scheme is funded partly by a government grant and partly from the council's own reserves, which have fallen sharply since {YEAR}.
      {O2} has organised public meetings at the community hall, the most recent of which drew more than {N} people on a wet weeknight.
      Council officers said the changes would save around {money} a year and would help the authority meet its wider budget targets.
      Opponents have pointed to a similar project in {P2}, where they say promised improvements to {K2} did not materialise.
      The decision will be reviewed after twelve months, and councillors have asked for regular reports on the effect on {K3}.
      A ward councillor said her inbox had been full of messages about the {K1} for weeks, most of them asking for more detail.
      The site has a long history. It was given to the town in {YEAR} by a local family on the condition that it remain open to the public.
      Traders on the high street say footfall has dropped by about {pct} over the past two years and fear further changes could make matters worse.
      A final decision on the details, including {K2}, will be made by the council's planning committee in {month}.
      {A} acknowledged the strength of feeling and promised that the council would publish the full figures behind the {K1}.
      Volunteers from {O2} have been collecting signatures outside the library and the railway station every Saturday since the plans were announced.
      {B}, {B.r}, said members had asked for a meeting with council officers but had been offered only a written briefing.
      The meeting at the town hall lasted almost three hours. Residents queued to speak, and several brought photographs and maps to make their case about {K2} to the councillors on the panel.
      Council documents show that the {K1} was first proposed in {YEAR} but was shelved because of a lack of money. It was revived last year after the authority secured a grant from a national fund.
      Some residents feel the plans have been changed without explanation. An early version included improvements to {K2} that have since been dropped, and campaigners want to know why.
      The area has changed considerably over the past decade. New housing has brought younger families into {P1}, while older residents say local services have not kept pace with the growth.
      Local shops have put up posters in their windows supporting the campaign. One owner said he had never been involved in local politics before but felt he had to do something.
      Council officers say they have tried to balance competing demands. They point out that the authority must make savings and that any improvement to {K2} has to be paid for by cuts elsewhere.
      A survey of residents carried out by {O2} found that most people were not opposed to change in principle but wanted clearer information about the timetable and the costs involved.
    `),
    quotes: lines(`
      This is our town, and we deserve a say in what happens to it
      We have listened to residents and we have changed the plans as a result
      Nobody is against improvement, but this feels like it has been done to us, not with us
      The money has to come from somewhere, and we have made difficult choices
      I have lived on this street all my life and I have never seen people this angry
      We will keep going until someone at the council listens
      Once it is finished, I think people will wonder what the fuss was about
    `),
    headlines: lines(`
      {P1} council backs {K1} despite protests
      Residents fight {K1} in {P1}
      {K1}: council promises review after petition
      {A} defends {K1} at packed meeting
      Anger in {P1} over changes to {K2}
      {K1} for {P1} gets green light
    `),
    deks: lines(`
      More than {N2} people have signed a petition against the plan
      The council says the changes will save money; {K3} say they were not asked
      Work is due to start within months
    `),
    captions: lines(`
      The site of the {K1} in {P1}.
      Residents at a public meeting in {P1} on {DAY}.
      {A} outside the council offices in {P1}.
    `),
  },

  crime: {
    section: 'Crime',
    jobs: ['Crime Correspondent', 'Crime Reporter', 'Staff Writer'],
    topics: rows(`
      burglary spree | stolen jewellery | homeowners
      car theft ring | cloned number plates | car owners
      drugs operation | cannabis plants | neighbours
      invoice fraud | fake invoices | small businesses
      spate of knife attacks | knife crime | young people
      arson attack | fire damage | shop owners
      pension scam | cold calls | retired people
      shoplifting wave | security tags | retailers
      counterfeit goods operation | fake handbags | market traders
      cash machine raid | cash cassettes | bank staff
      livestock theft | sheep and cattle | farmers
      catalytic converter thefts | parked vehicles | motorists
      money laundering investigation | shell companies | account holders
      bicycle theft wave | locked bikes | cyclists
      holiday rental scam | fake listings | holidaymakers
      graffiti spree | vandalised walls | property owners
      fuel theft operation | diesel tanks | hauliers
      dog theft case | stolen puppies | dog owners
      romance fraud inquiry | online profiles | older people
    `),
    orgs: [
      lines(`
        {P1} Police
        the {P1} Police Service
      `),
      lines(`
        the {P1} Victim Support Network
        the {P1} Neighbourhood Watch
        the {P1} Business Crime Partnership
      `),
    ],
    roles: [
      lines(`
        a detective inspector with {O1}
        the senior investigating officer
        a superintendent at {O1}
        the head of the economic crime unit at {O1}
      `),
      lines(`
        a spokesperson for {O2}
        the coordinator of {O2}
        a director at {O2}
        a volunteer with {O2}
      `),
      lines(`
        a resident of {P1}
        a criminologist at {Sur} University
        a shop owner in {P1}
        a former police officer
      `),
    ],
    ledes: lines(`
      Police in {P1} have arrested {N} people in connection with a [suspected|long-running] {K1}, officers said on {DAY}.
      Detectives investigating the {K1} in {P1} appealed on {DAY} for witnesses, saying they believed the people responsible had targeted {K3}.
      {O1} said on {DAY} that it had made a breakthrough in the {K1}, recovering {K2} worth an estimated {M}.
      {K3} in {P1} are being urged to stay alert after a {K1} that police say has affected dozens of families in recent weeks.
    `),
    paras: lines(`
      Officers carried out searches at {n:3-14} addresses in {P1} and {P2} early on {DAY}, seizing phones, documents and a large quantity of {K2}.
      Those arrested, aged between {n:17-24} and {n:35-62}, were being questioned on {DAY} evening. None have yet been charged.
      {A} said the investigation had taken more than {n:4-18} months and involved officers from several forces.
      Police figures show that reported offences of this kind in {P1} rose by {PCT} last year, compared with a regional increase of about {pct}.
      {C}, {C.r}, said many people in the area had stopped reporting incidents because they did not believe anything would be done.
      Anyone with information is asked to contact {O1} or to pass details anonymously through a confidential line.
      The investigation is being supported by specialists in financial crime, who are tracing money believed to have been moved through {n:5-40} bank accounts.
      {O2} said it had supported more than {num2} people affected by similar offences over the past year and urged anyone worried to get in touch.
      A man who lives nearby said he had heard shouting shortly after midnight and had called the police, who arrived within minutes.
      Extra patrols will be deployed in {P1} over the coming weeks, and officers will hold drop-in sessions at the community centre.
      Court records show that a similar case in {P2} in {YEAR} led to prison sentences totalling {n:8-40} years.
      Officers believe the group was operating across a wide area and may be linked to incidents in {P2}.
      Police advised {K3} to check security regularly, to keep records of anything valuable and to report anything suspicious immediately.
      {A} thanked members of the public for their help and said information from the community had been vital.
      {B}, {B.r}, said the effect on victims went well beyond the financial loss, with many left anxious in their own homes.
      The first reports came in late one evening, when a neighbour noticed lights on in a property that was supposed to be empty. Within weeks, officers had linked a series of incidents across {P1} and set up a dedicated team.
      Detectives say the people responsible were organised and careful. They appear to have watched their targets for days before acting, and they used vehicles with false registration details to avoid detection.
      Victims describe a lasting sense of unease. One woman said she still checked the locks several times every night and had installed cameras at the front and back of her home.
      Police have faced criticism over their response. Some residents say calls went unanswered for hours and that officers arrived only after the damage had been done, a claim the force disputes.
      The force says it has changed its approach in recent months, with more officers on the streets at night and closer cooperation with neighbouring areas. It credits those changes with the recent arrests.
      Prosecutors will decide whether charges should be brought once the investigation is complete. Officers say that could take several weeks because of the volume of material seized.
      Local businesses have started sharing information through a messaging group, warning each other about suspicious behaviour. Police say the group has already provided useful leads.
    `),
    quotes: lines(`
      This was a carefully planned operation and it has disrupted a network that was causing real harm
      I would urge anyone who saw anything unusual to come forward, however small it may seem
      People should feel safe in their own homes, and we will not rest until they do
      We know how distressing this has been for {K3}, and we are doing everything we can
      The community has been fantastic, and many of the leads came from ordinary people
      Nobody should be embarrassed to report this kind of crime; it can happen to anyone
      Arrests are only the first step, and there is a great deal of work still to do
    `),
    headlines: lines(`
      {N} arrested over {K1} in {P1}
      Police appeal for witnesses after {K1}
      {K3} warned as {K1} spreads
      Police recover goods worth {M} in {K1} inquiry
      Inside the investigation into the {P1} {K1}
      {A}: community helped crack {K1}
    `),
    deks: lines(`
      Officers searched addresses in {P1} and {P2} early on {DAY}
      Police say the group targeted {K3} over several months
      Anyone with information is urged to come forward
    `),
    captions: lines(`
      Police officers outside a property in {P1} on {DAY}.
      {A} speaks to reporters in {P1}.
      Items recovered by officers from {O1}.
    `),
  },

  environment: {
    section: 'Environment',
    jobs: ['Environment Correspondent', 'Environment Editor', 'Staff Writer'],
    topics: rows(`
      sewage spill | water quality | swimmers
      rewilding project | native woodland | landowners
      packaging ban | single-use plastics | retailers
      wind farm plan | turbine heights | villagers
      river pollution case | fish stocks | anglers
      clean air zone | emissions charges | van drivers
      peatland restoration | carbon storage | farmers
      coral bleaching event | reef surveys | divers
      landfill expansion | methane emissions | nearby residents
      tree-felling plan | street trees | residents
      solar farm proposal | farmland | neighbouring farmers
      beaver release | wetland habitats | landowners
      oil spill | seabird deaths | fishing crews
      hedgerow removal | nesting sites | ramblers
      microplastic survey | beach samples | surfers
      urban heat plan | tree canopy | city residents
      salmon farm expansion | sea lice | wild fishing groups
      fracking application | groundwater tests | parish residents
      glacier retreat study | meltwater lakes | mountain guides
    `),
    orgs: [
      lines(`
        {Sur} Water
        {Brand} Energy
        the {P1} Wildlife Trust
      `),
      lines(`
        the {P2} Environment Agency
        Friends of the {P1} Coast
        the {P1} Rivers Trust
      `),
    ],
    roles: [
      lines(`
        the chief executive of {O1}
        a scientist at {O1}
        the head of conservation at {O1}
        the project manager at {O1}
      `),
      lines(`
        a spokesperson for {O2}
        the director of operations at {O2}
        the campaigns manager at {O2}
        the chair of {O2}
      `),
      lines(`
        an ecologist at {Sur} University
        a resident of {P1}
        a farmer near {P1}
        a fisherman who has worked the area for {n:15-40} years
      `),
    ],
    ledes: lines(`
      The {K1} near {P1} has [alarmed|angered|divided] {K3}, after tests published on {DAY} showed a sharp change in {K2}.
      {O1} said on {DAY} that it would press ahead with the {K1}, describing it as essential to protect {K2} for future generations.
      Campaigners from {O2} gathered in {P1} on {DAY} to protest against the {K1}, which they say threatens {K2} across the area.
      {A}, {A.r}, said on {DAY} that the {K1} had already made a measurable difference to {K2}, a claim disputed by some {K3}.
    `),
    paras: lines(`
      Monitoring data show that readings at {n:4-20} sites along the coast and rivers near {P1} were worse than the legal limit on at least {N} days last year.
      The {K1} covers an area of about {num2} hectares, much of it farmland and woodland that has changed little in a century.
      {C}, {C.r}, said the effect on wildlife had been visible within weeks, with fewer birds and insects than in previous springs.
      The project is expected to cost {M}, paid for by a combination of public money and private investment.
      {O2} has gathered more than {N2} signatures on a petition calling for an independent investigation.
      Scientists say {K2} take years to recover once damaged, and that early action is far cheaper than later repair.
      The company said it had invested {money} in improvements since {YEAR} and that it met all of its legal obligations.
      Similar schemes in {P2} have reported a {pct} improvement over five years, though critics say conditions there are very different.
      Environmental groups argue that fines have been too small to change behaviour and want penalties linked to turnover.
      A public inquiry into the {K1} is expected to begin in {month} and will hear evidence from {K3}, scientists and officials.
      Volunteers have been recording sightings of wildlife along the river since {YEAR}, building a record that is now being used by researchers.
      Officials said the changes would reduce emissions by roughly {PCT} within a decade, if the plan is carried out in full.
      {A} said the organisation had learned from earlier mistakes and would publish monitoring results every month.
      Local businesses that depend on visitors fear that the {K1} could keep people away during the busiest months of the year.
      {B}, {B.r}, said the figures showed that voluntary measures had failed and that stronger rules were needed.
      Walkers and swimmers were the first to notice the change. Several said the water had turned an unusual colour and that the smell near the outlet was strong enough to keep them away.
      The scheme is one of the largest of its kind in the region. Supporters say it could become a model for other areas if it succeeds, while sceptics warn that the benefits have been oversold.
      Scientists from {O1} have installed monitoring equipment at {n:6-30} points across the site. The readings will be published every month so that the public can follow progress for themselves.
      Landowners have mixed feelings. Some welcome the payments on offer and the chance to try something new, while others worry about the effect on their businesses and on the character of the landscape.
      The company has been fined before. Records show at least {n:3-12} enforcement actions since {YEAR}, most of them for breaches of permit conditions, with penalties totalling {money}.
      Wildlife groups say the area is home to several rare species. Surveys have recorded otters, kingfishers and a number of uncommon plants that depend on clean water and undisturbed habitat.
      Farmers in the area say they want to be part of the solution. Many have already changed the way they work, planting hedges and leaving margins around fields to reduce run-off into the river.
    `),
    quotes: lines(`
      Nature does not recover overnight, but if we give it a chance it comes back faster than people expect
      We are not against progress, but this is the wrong project in the wrong place
      The data are clear and they are getting worse, year after year
      Every company has to play its part, and that includes us
      People who live here can see the changes with their own eyes
      This is a test of whether the rules mean anything at all
      We have a responsibility to leave this place in better shape than we found it
    `),
    headlines: lines(`
      Tests reveal damage from {K1} near {P1}
      {O1} presses ahead with {K1}
      Campaigners protest against {K1} in {P1}
      {K3} divided over {K1}
      The {K1}: what the data show about {K2}
      Inquiry ordered into {K1}
    `),
    deks: lines(`
      Campaigners say {K2} near {P1} are under threat
      The project is expected to cost {M}
      Scientists say early action is far cheaper than repair
    `),
    captions: lines(`
      The river near {P1} on {DAY}.
      Campaigners from {O2} in {P1}.
      {A} at the site of the {K1}.
    `),
  },

  education: {
    section: 'Education',
    jobs: ['Education Correspondent', 'Education Reporter', 'Staff Writer'],
    topics: rows(`
      school funding formula | per-pupil budgets | head teachers
      exam results | grade boundaries | students
      teachers' strike | pay offers | parents
      university fees plan | student loans | undergraduates
      school closure | pupil numbers | families
      free school meals plan | eligibility rules | low-income families
      classroom phone ban | break-time rules | pupils
      special needs review | support plans | parents
      teacher shortage | recruitment bonuses | science departments
      campus merger | course cuts | lecturers
      literacy programme | reading scores | primary pupils
      school building safety review | concrete inspections | pupils
      apprenticeship scheme | training places | school leavers
      school uniform cost cap | branded items | parents
      tutoring programme | catch-up sessions | struggling pupils
      school transport cuts | bus passes | rural pupils
      university strike | marking boycott | final-year students
      nursery funding shortfall | early years places | working parents
      exam cheating inquiry | coursework rules | candidates
    `),
    orgs: [
      lines(`
        {P1} Academy
        {Sur} High School
        {P1} University
      `),
      lines(`
        the {P1} Teachers' Union
        the {P1} Parents' Forum
        the {P1} Education Authority
      `),
    ],
    roles: [
      lines(`
        the head of {O1}
        the chair of governors at {O1}
        a senior manager at {O1}
        the principal of {O1}
      `),
      lines(`
        the general secretary of {O2}
        a spokesperson for {O2}
        the chair of {O2}
        a senior official at {O2}
      `),
      lines(`
        a parent of two children at a school in {P1}
        an education researcher at {Sur} University
        a student from {P1}
      `),
    ],
    ledes: lines(`
      {A}, {A.r}, said on {DAY} that the {K1} would [go ahead|be delayed|be reviewed], a decision that will affect {K3} across {P1}.
      The {K1} has left {K3} in {P1} facing an uncertain start to the new term, {O2} warned on {DAY}.
      Figures released on {DAY} show the scale of the {K1}, with {N2} {K3} in {P1} and the surrounding area affected.
      {O1} confirmed the {K1} on {DAY}, promising that changes to {K2} would be introduced gradually.
    `),
    paras: lines(`
      The figures show that {PCT} of schools in the area are now operating with a budget deficit, up from {pct} three years ago.
      {C}, {C.r}, said families had been given little information and were worried about what the changes would mean for {K2}.
      The education authority said it had set aside {M} to help schools manage the transition over the next {n:2-4} years.
      {O2} said it would ballot its members on further action if its concerns over {K2} remained unresolved by {month}.
      Inspectors visited {n:8-60} schools in the region last year and found that about one in {n:3-8} needed to improve.
      The plan includes extra training for staff, a review of {K2} and a new system for tracking the progress of {K3}.
      {A} said the school had worked hard to protect classroom teaching and that difficult choices had been made elsewhere.
      Student numbers in {P1} have fallen by {pct} since {YEAR}, largely because of changes in the local population.
      Parents have set up an online group to share information, and it now has more than {num2} members.
      The government says spending per pupil has risen in real terms, but head teachers say rising costs have wiped out the increase.
      A pilot scheme in {P2} produced encouraging results, with reading and maths scores improving by {pct} in two years.
      The changes take effect from the start of the next academic year, although some schools have asked for more time.
      Universities say the cost of teaching each student has risen sharply, while income from fees has been frozen since {YEAR}.
      Teachers in {P1} describe classes of more than {n:30-36} pupils and a growing reliance on temporary staff.
      {B}, {B.r}, said the consultation had been too short and had taken place during the school holidays.
      At the school gates on {DAY} morning, parents talked of little else. Many said they had found out about the {K1} from social media rather than from the school or the education authority.
      Teachers describe the pressure of the past few years. Many say they spend evenings and weekends on planning and marking, and that rising workloads are pushing experienced staff out of the profession.
      The education authority says it has tried to protect front-line teaching. It has cut administrative posts, renegotiated contracts and shared services with neighbouring areas to save money.
      Pupils have their own views. Members of the student council at {O1} wrote to the governors asking to be consulted, saying decisions about {K2} affected them more than anyone.
      Researchers say the evidence on {K2} is mixed. Some studies suggest significant benefits, while others find little effect once differences between schools and families are taken into account.
      The changes come at a difficult time for many families. Rising living costs mean that some parents are struggling to pay for uniforms, trips and equipment, and schools report more requests for help.
      Governors at {O1} will meet in {month} to discuss the next steps. They are expected to consider several options, including a phased approach that would delay some of the changes until next year.
    `),
    quotes: lines(`
      Every child deserves the best possible start, and we will not compromise on that
      Teachers are exhausted, and they need more than kind words
      Parents want to know what this means for their children, and right now nobody can tell them
      We have made the best decision we can with the money we have
      Schools are the heart of this community and this decision will be felt for years
      Students should not pay the price for problems they did not create
      If we get this right, it could change the prospects of a whole generation
    `),
    headlines: lines(`
      {K1}: what parents in {P1} need to know
      {A} confirms {K1} at {O1}
      Unions warn of action over {K2}
      {K3} face uncertainty as {K1} looms
      {O1} sets aside {M} for {K1}
      Parents in {P1} demand answers on {K1}
    `),
    deks: lines(`
      {O2} says it may ballot members over the changes
      The changes take effect from the start of the next school year
      Families say they have been given little information
    `),
    captions: lines(`
      Pupils arrive at {O1} in {P1}.
      {A} at {O1} on {DAY}.
      Parents outside the school gates in {P1}.
    `),
  },

  world: {
    section: 'World',
    placeMode: 'country',
    jobs: ['Foreign Correspondent', 'World Affairs Editor', 'Staff Writer'],
    topics: rows(`
      ceasefire talks | prisoner exchanges | civilians
      trade agreement | tariffs | exporters
      refugee crisis | border crossings | displaced families
      election dispute | ballot counts | opposition supporters
      earthquake relief effort | aid convoys | survivors
      climate summit | emissions targets | island states
      sanctions package | frozen assets | banks
      peace agreement | disarmament terms | former fighters
      grain export deal | shipping corridors | importers
      diplomatic row | expelled envoys | embassy staff
      coup attempt | curfews | residents
      water-sharing treaty | dam releases | downstream farmers
      debt restructuring | loan repayments | bondholders
      fishing rights dispute | fishing quotas | coastal fleets
      pipeline deal | gas transit fees | energy importers
      border wall plan | crossing points | border communities
      hostage negotiations | release terms | families of hostages
      famine warning | food aid | rural families
      visa-free travel deal | entry rules | business travellers
    `),
    orgs: [
      lines(`
        the {P1} Foreign Ministry
        the {P1} Defence Ministry
        the {P1} National Assembly
      `),
      lines(`
        the Inter-Regional Aid Council
        the {Sur} Peace Foundation
        the Continental Trade Forum
        the {P2} Foreign Ministry
      `),
    ],
    roles: [
      lines(`
        the foreign minister of {P1}
        the president of {P1}
        the chief negotiator for {P1}
        the prime minister of {P1}
      `),
      lines(`
        a senior official from {P2}
        the ambassador of {P2} to the talks
        an envoy from {O2}
        a spokesperson for {O2}
      `),
      lines(`
        an analyst at the {Sur} Institute
        a former diplomat
        an aid worker in {P1}
        a professor of international relations at {Sur} University
      `),
    ],
    ledes: lines(`
      Officials from {P1} and {P2} [met|held talks|resumed talks] on {DAY} over the {K1}, with both sides describing the discussions as difficult but necessary.
      {A}, {A.r}, said on {DAY} that the {K1} marked a turning point, although major questions about {K2} remain unresolved.
      The {K1} entered a new phase on {DAY} as {O2} called for an urgent agreement on {K2} to protect {K3}.
      Tensions over the {K1} rose sharply on {DAY} after {P2} accused {P1} of breaking earlier commitments on {K2}.
    `),
    paras: lines(`
      The talks, hosted in a neutral city, lasted {n:2-5} days and involved delegations of about {n:10-40} officials from each side.
      Aid agencies estimate that more than {N2} people have been affected, many of whom have been forced to leave their homes.
      {C}, {C.r}, said the agreement on paper was only the first step and that the real test would come in its implementation.
      The dispute dates back to {YEAR}, when an earlier agreement collapsed amid accusations of bad faith on both sides.
      {O2} has pledged {M} in support, although officials say far more will be needed over the coming year.
      Diplomats said the draft text includes provisions on {K2}, a timetable for further talks and a mechanism to monitor compliance.
      Markets reacted cautiously, with the currency of {P1} gaining about {pct} against the dollar after the announcement.
      In {P2}, the government described the outcome as a victory for diplomacy, while opposition figures said too much had been conceded.
      Satellite images reviewed by independent analysts show significant changes in the region over the past {n:2-12} weeks.
      {A} is expected to brief lawmakers in {P1} next week, and the agreement must be ratified before it can take effect.
      Trade between the two countries was worth roughly {money} last year, making each among the other's most important partners.
      {K3} interviewed near the border described long waits, shortages of basic goods and uncertainty about the future.
      Regional leaders have urged both sides to show restraint and have offered to host further meetings if needed.
      The number of people crossing the border has risen by {PCT} since the start of the year, according to figures from {O2}.
      {B}, {B.r}, said the delegation had come with a clear mandate and would not accept any deal that ignored {K2}.
      The road to the talks was long and uncertain. Previous rounds collapsed over disagreements about {K2}, and both governments faced pressure at home not to give too much away.
      Humanitarian organisations describe a worsening situation on the ground. Food prices have risen sharply, medical supplies are running low, and many {K3} are relying on aid deliveries to get by.
      The international community has watched closely. Several governments issued statements welcoming the talks, while others urged both sides to avoid steps that could make a settlement harder to reach.
      Analysts say the outcome will depend on domestic politics in both countries. Leaders in {P1} face an election within two years, and any agreement perceived as weak could be used against them.
      Along the border, daily life has been disrupted for months. Markets have closed, schools have operated on reduced hours, and families with relatives on the other side have struggled to stay in touch.
      A monitoring mission is expected to be deployed if the agreement holds. Officials say it would include observers from neutral countries and would report regularly on compliance with the terms.
      The economic stakes are high for both sides. Trade has fallen sharply since the dispute began, and businesses in {P2} say they have lost contracts worth {money} as a result.
    `),
    quotes: lines(`
      We came here in good faith and we expect the other side to do the same
      The people suffering most are those who have no say in any of this
      An agreement is only as good as the willingness to keep it
      We will not negotiate under threat, but the door remains open
      The world is watching, and history will judge how this is handled
      There is no military solution, and everyone at this table knows it
      Every day without a deal costs lives and livelihoods
    `),
    headlines: lines(`
      {P1} and {P2} hold talks over {K1}
      {A} hails progress in {K1}
      Tensions rise as {P2} accuses {P1} over {K2}
      {K1}: what is at stake for {K3}
      {O2} pledges {M} as {K1} deepens
      {K1} enters new phase after talks
    `),
    deks: lines(`
      Both sides describe the discussions as difficult but necessary
      Aid agencies say more than {N2} people have been affected
      Questions about {K2} remain unresolved
    `),
    captions: lines(`
      {A} arrives for talks on {DAY}.
      Delegations from {P1} and {P2} at the opening session.
      {K3} near the border of {P1}.
    `),
  },
};

/** Paragraphs any kind of story can use, by purpose. */
const GENERIC = {
  background: lines(`
    The {K1} did not come out of nowhere. Concerns about {K2} have been raised in {P1} since at least {YEAR}, when a report by {O2} found that {K3} were among those most affected.
    People in {P1} have faced questions about {K2} for years, and officials say the pressure has grown noticeably since the pandemic.
    It is not the first time the issue has reached this point. A similar dispute in {P2} in {YEAR} ended with a compromise that satisfied neither side.
    Records reviewed for this article show that complaints about {K2} rose by {pct} between {YEAR} and last year.
    {O1} first raised the matter in a letter in {month}, according to people familiar with the correspondence, but received no formal reply for several weeks.
    At the heart of the {K1} is a long-running argument about who is responsible for {K2}, and how much say {K3} should have in what happens next.
    Those involved describe months of meetings, draft proposals and missed deadlines before the issue came to a head this week.
    {A} took on the role in {YEAR} and has made the {K1} a central part of [the job|that work], often speaking about it at public meetings in {P1}.
    Similar arrangements have been tried elsewhere with mixed results. In {P2}, officials reported a {pct} improvement in the first year, though the gains faded after funding was reduced.
    Earlier this year, {O2} published figures showing that {N2} {K3} had been affected in some way, a number that has been widely cited by both sides of the argument.
    The timing is significant. The announcement came just weeks before the end of the financial year, when many budgets in {P1} are settled.
    For many {K3}, the issue is not new. Several said they had raised concerns about {K2} years ago and had been told that nothing could be done.
    Part of the difficulty is a lack of reliable information. Officials acknowledge that data on {K2} are patchy and often out of date, which makes it hard to judge how serious the problem really is.
    The debate has exposed divisions that go beyond the {K1} itself. For some, it is about trust in institutions; for others, it is simply about money and who should bear the cost.
    Many of those affected say they feel they have not been listened to. Public meetings have been held, but critics say decisions appeared to have been taken before the meetings began.
    There have been warnings before. A review published in {YEAR} identified many of the same problems and made recommendations that were only partly adopted.
    Comparisons with {P2} are frequently made. Supporters of the approach taken there say it shows what can be achieved, while critics argue that the circumstances are too different for the comparison to be useful.
    The episode has also raised questions about oversight. {O2} says it was not given the information it needed to do its job properly, a claim that {O1} rejects.
    Documents released under freedom of information rules show that concerns were raised internally months before the issue became public. It is not clear what action, if any, was taken in response.
    Since {DATE}, when the {K1} first made headlines, officials in {P1} have held {n:3-12} meetings with {K3} and the groups that represent them.
    The cost of doing nothing, some argue, would be higher still. An analysis circulated this week suggested that delays could add {money} to the eventual bill.
  `),
  numbers: lines(`
    By one estimate, the {K1} will affect about {N2} {K3}, with the largest effect expected in {P1} and the surrounding districts.
    The figures suggest a cost of {M} in the first year alone, rising by about {pct} in each following year.
    Of the {num2} responses to a recent survey on the issue, roughly {pct} raised concerns about {K2}.
    The numbers have shifted over time. In {YEAR} the comparable figure was {num2}; by last year it had risen to {N2}.
    Officials put the total cost at {M}, but an independent assessment commissioned by {O2} suggested it could be closer to {money}.
    Roughly {PCT} of those questioned in a recent survey said they had been directly affected by problems with {K2}.
  `),
  reaction: lines(`
    Reaction in {P1} was mixed. Some {K3} welcomed the news, while others said they would wait to see whether promises about {K2} were kept.
    {C}, {C.r}, said the developments were significant but cautioned against reading too much into a single week.
    {O2} said it was studying the details and would respond formally in the coming days.
    On social media, the news drew thousands of comments, many of them from {K3} who said they had been waiting for clarity for months.
    {B} was more critical, describing the handling of the {K1} as [careless|muddled|rushed] and calling for an independent review.
    Not everyone was convinced. Several {K3} who spoke to reporters on {DAY} said they had heard similar promises before.
    Business owners in {P1} said the uncertainty had already affected them, with one describing the past month as the most difficult since {YEAR}.
    {O1} said in a statement that it remained committed to working with everyone affected and that it would publish further information shortly.
    Supporters gathered in the centre of {P1} on {DAY} evening, while a smaller group of opponents held a meeting across town.
    {D}, {D.r}, said the episode had exposed how little ordinary people were told about decisions that affect them.
    In {P1}, opinions were divided along familiar lines. Those who had campaigned for change said the week's events vindicated them, while those who had urged caution said their concerns had been ignored.
    Community leaders called for calm and for a period of reflection. Several said the priority should be to support {K3} through a difficult period rather than to apportion blame.
  `),
  next: lines(`
    What happens next is less clear. {O1} is expected to set out a timetable in the coming weeks, and {A} has said a decision will be made by {month}.
    A further meeting is scheduled for next {DAY}, when {O2} is due to present its own assessment of the {K1}.
    {B} said the matter was far from over and did not rule out a legal challenge if concerns about {K2} were not addressed.
    Officials said they would publish an update within {n:7-21} days and would hold public sessions in {P1} before any final decision.
    For now, {K3} in {P1} are being advised to [keep an eye on official notices|check for updates from {O1}|contact {O1} directly with any questions].
    The next milestone is expected in {month}, when the first figures on {K2} under the new arrangements are due to be released.
    Observers say the coming weeks will show whether the {K1} can hold together under pressure from all sides.
    {A} is due to appear before a committee in {month} to answer questions about the {K1} and its effect on {K3}.
    Officials insist that the timetable can still be met, though they concede that there is little room for further delay. A progress report is due before the end of {month}.
    Whatever the outcome, those involved say the past weeks have changed the conversation about {K2} in {P1}, and that it will be difficult to go back to the way things were.
  `),
  quotes: lines(`
    We will look at all of the options and make a decision when we have all of the facts
    People want answers, and they are entitled to them
    It is too early to say what the long-term effect will be
    This has been a difficult few weeks for everyone involved
    There are lessons to learn here, and we intend to learn them
    I think the public will judge this on results, not on words
    Nobody expected it to happen this quickly
    We have been saying this for years, and it is frustrating that it took this long
  `),
};

/** Shapes of a paragraph that quotes someone: {Q} is the quotation, {S} the speaker. */
const QUOTE_SHAPES = lines(`
  “{Q},” {S} said.
  “{Q},” said {S}, {S.r}.
  {S}, {S.r}, said: “{Q}.”
  “{Q},” {S} told reporters.
  “{Q},” {S} said in a statement.
  “{Q},” {S} added.
  Asked about the {K1}, {S} said: “{Q}.”
`);

// ---------------------------------------------------------------------------------------
// Stories

const KIND_NAMES = Object.keys(KINDS);
const FIRST_DAY = Date.UTC(2024, 0, 1);
const LAST_DAY = Date.UTC(2025, 5, 30);
const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function makeSurname(rng) {
  return rng.chance(0.5) ? rng.pick(SURNAMES) : rng.pick(SURNAME_HEADS) + rng.pick(SURNAME_TAILS);
}
function makePersonName(rng) {
  return `${rng.pick(GIVEN_NAMES)} ${makeSurname(rng)}`;
}
function makeTown(rng) {
  return rng.pick(TOWN_HEADS) + rng.pick(TOWN_TAILS);
}
function makeCountry(rng) {
  return rng.pick(COUNTRY_HEADS) + rng.pick(COUNTRY_TAILS);
}

/** Story sizes: many of 1–3 articles, some of 4–12, a few of 18–30; they add up to n. */
function storySizes(n, rng) {
  const sizes = [];
  let left = n;
  while (left > 0) {
    const band = rng.weighted([0.6, 0.32, 0.08]);
    const size = band === 0 ? rng.int(1, 3) : band === 1 ? rng.int(4, 12) : rng.int(18, 30);
    sizes.push(Math.min(size, left));
    left -= sizes.at(-1);
  }
  return sizes;
}

/** Names the slots a template uses ("A", "O2", "K1" …). */
const slotCache = new Map();
function slotsOf(template) {
  let found = slotCache.get(template);
  if (!found) {
    found = [...template.matchAll(/\{([A-Za-z]+\d?)(?:\.r)?(?::[\d-]+)?\}/g)].map((m) => m[1]);
    slotCache.set(template, found);
  }
  return found;
}

/** The slots that only some stories have. */
const OPTIONAL_SLOTS = new Set(['C', 'D', 'O2', 'O3', 'P2']);

/** Whether the story has everything the template names. */
function fits(template, story) {
  return slotsOf(template).every((s) => !OPTIONAL_SLOTS.has(s) || story.has.has(s));
}
const fitting = (templates, story) => templates.filter((t) => fits(t, story));

/** Fills a name pattern of an organisation or a role at story level. */
function fillPattern(pattern, story, rng) {
  return pattern.replace(/\{(\w+)\}/g, (_, key) => {
    if (key === 'Sur') return makeSurname(rng);
    if (key === 'Brand') return rng.pick(BRAND_WORDS);
    if (key === 'Party') return rng.pick(PARTY_WORDS);
    if (key === 'Town') return makeTown(rng);
    if (key === 'YEAR') return String(story.figures.YEAR);
    if (key.startsWith('O')) return story.orgs[Number(key[1]) - 1];
    if (key === 'P1' || key === 'P2') return story.places[Number(key[1]) - 1];
    return key;
  }).replace(/\{n:(\d+)-(\d+)\}/g, (_, lo, hi) => String(rng.int(Number(lo), Number(hi))));
}

/** 12345 → "12,345". */
function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

function formatMoney(rng) {
  const band = rng.weighted([0.35, 0.55, 0.1]);
  if (band === 0) return `$${formatCount(rng.int(12, 990) * 1000)}`;
  if (band === 1) return `$${(rng.int(11, 980) / 10).toFixed(1).replace(/\.0$/, '')} million`;
  return `$${(rng.int(11, 95) / 10).toFixed(1).replace(/\.0$/, '')} billion`;
}

function formatPercent(rng) {
  return rng.chance(0.3) ? `${rng.int(10, 490) / 10} percent` : `${rng.int(2, 68)} percent`;
}

/** One story: its kind, topic, cast, figures, date and material shared by its articles. */
function makeStory(index, seed, kindName, usedTopics) {
  const rng = new Rng(seed, 'story', index);
  const kind = KINDS[kindName];

  // A topic of the kind not used lately, so that stories of one kind differ.
  const used = usedTopics.get(kindName) ?? new Set();
  if (used.size >= kind.topics.length) used.clear();
  const topic = rng.pick(kind.topics.filter((t) => !used.has(t)));
  used.add(topic);
  usedTopics.set(kindName, used);

  const has = new Set(['A', 'B', 'O1', 'P1']);
  if (rng.chance(0.8)) has.add('C');
  if (rng.chance(0.3)) has.add('D');
  if (rng.chance(0.8)) has.add('O2');
  if (has.has('O2') && rng.chance(0.35)) has.add('O3');
  if (rng.chance(0.7)) has.add('P2');

  const places = [];
  if (kind.placeMode === 'country') {
    const invented = rng.chance(0.5);
    places.push(invented ? makeCountry(rng) : rng.pick(REAL_COUNTRIES));
    places.push(invented ? rng.pick(REAL_COUNTRIES) : makeCountry(rng));
    if (places[0] === places[1]) places[1] = makeCountry(rng);
  } else {
    places.push(rng.chance(0.78) ? makeTown(rng) : rng.pick(REAL_CITIES));
    places.push(rng.chance(0.55) ? makeTown(rng) : rng.pick([...REAL_CITIES, ...REAL_COUNTRIES]));
    if (places[0] === places[1]) places[1] = makeTown(rng);
  }

  const eventDay = FIRST_DAY + rng.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
  const event = new Date(eventDay);
  const story = {
    index,
    kindName,
    kind,
    has,
    places,
    orgs: [],
    people: {},
    topic,
    eventDay,
    figures: {
      N: rng.int(3, 90),
      N2: formatCount(rng.int(12, 980) * (rng.chance(0.5) ? 10 : 100)),
      M: formatMoney(rng),
      PCT: formatPercent(rng),
      YEAR: rng.int(2006, 2022),
      SCORE: `${rng.int(1, 4)}-${rng.int(0, 2)}`,
      DAY: WEEKDAYS[event.getUTCDay()],
      DATE: `${MONTHS[event.getUTCMonth()]} ${event.getUTCDate()}`,
    },
  };

  // The first organisation is the one the story is about; the others come from the
  // kind's second list (unions, regulators, campaigners, rivals).
  const [main, others] = kind.orgs;
  story.orgs.push(fillPattern(rng.pick(main), story, rng));
  for (const pattern of rng.shuffle(others)) {
    if (story.orgs.length === (has.has('O3') ? 3 : has.has('O2') ? 2 : 1)) break;
    const name = fillPattern(pattern, story, rng);
    if (!story.orgs.includes(name)) story.orgs.push(name);
  }

  const roleSets = [...kind.roles, GENERIC_ROLES];
  ['A', 'B', 'C', 'D'].forEach((key, i) => {
    if (!has.has(key)) return;
    const taken = Object.values(story.people).map((p) => p.pattern);
    const roles = roleSets[i].filter((r) => fits(r, story) && !taken.includes(r));
    const role = rng.pick(roles.length ? roles : GENERIC_ROLES.filter((r) => !taken.includes(r)));
    story.people[key] = { name: makePersonName(rng), role: fillPattern(role, story, rng), pattern: role };
  });
  // Keys of people that can be quoted.
  story.speakers = ['A', 'B', 'C', 'D'].filter((k) => has.has(k));

  // The angles of this story: a subset of the kind's and the generic paragraphs.
  story.paras = rng.sample(fitting(kind.paras, story), Math.ceil(kind.paras.length * 0.75));
  story.generic = Object.fromEntries(
    Object.entries(GENERIC).map(([key, list]) => [key, rng.sample(fitting(list, story), Math.ceil(list.length * 0.8))]),
  );

  // Wire copy: paragraphs and a quotation that several articles carry word for word.
  const ctx = new RenderContext(story, rng);
  story.wireTemplates = rng.sample(story.paras, rng.int(1, 3));
  story.wire = story.wireTemplates.map((t) => ctx.render(t));
  const quoteTemplate = rng.pick(fitting([...kind.quotes, ...GENERIC.quotes], story));
  story.quote = {
    speaker: rng.pick(story.speakers),
    template: quoteTemplate,
    text: ctx.render(quoteTemplate, { sentence: false }),
  };
  story.headline = renderHeadline(story, ctx, rng.pick(fitting(kind.headlines, story)));
  return story;
}

/** Roles for a fourth person, whatever the kind. */
const GENERIC_ROLES = lines(`
  a local resident who has followed the issue closely
  a former official who worked on a similar case
  a researcher at {Sur} University
  a community organiser in {P1}
`);

// ---------------------------------------------------------------------------------------
// Rendering templates

/** Fills templates for one article, keeping track of who has been named already. */
class RenderContext {
  constructor(story, rng) {
    this.story = story;
    this.rng = rng;
    this.named = new Set();
    this.introduced = new Set();
    this.usedShapes = new Set();
  }

  /** A person: the full name the first time, then the surname. */
  person(key) {
    const { name } = this.story.people[key];
    if (this.named.has(key)) return name.split(' ').slice(1).join(' ');
    this.named.add(key);
    return name;
  }

  /** Marks as named everyone whose full name the text gives, and as introduced whose role. */
  noteNames(text) {
    for (const [key, { name, role }] of Object.entries(this.story.people)) {
      if (text.includes(name)) this.named.add(key);
      if (text.includes(role)) this.introduced.add(key);
    }
  }

  slot(key, role, range) {
    const { story, rng } = this;
    if (range) {
      const [lo, hi] = range.split('-').map(Number);
      return String(rng.int(lo, hi));
    }
    if (story.people[key]) return role ? story.people[key].role : this.person(key);
    switch (key) {
      case 'O1': case 'O2': case 'O3': return story.orgs[Number(key[1]) - 1];
      case 'P1': case 'P2': return story.places[Number(key[1]) - 1];
      case 'K1': case 'K2': case 'K3': return story.topic[Number(key[1]) - 1];
      case 'num': return String(rng.int(2, 30));
      case 'num2': return formatCount(rng.int(12, 960) * 10);
      case 'money': return formatMoney(rng);
      case 'pct': return formatPercent(rng);
      case 'month': return rng.pick(MONTHS);
      default:
        if (key in story.figures) return String(story.figures[key]);
        throw new Error(`generate.mjs: unknown slot {${key}}`);
    }
  }

  /** The template with its alternatives chosen and its slots filled. */
  render(template, { sentence = true, extra = {} } = {}) {
    const text = template
      .replace(/\[([^\[\]]*)\]/g, (_, alternatives) => this.rng.pick(alternatives.split('|')))
      // A role is given once in an article: ", {C.r}," is dropped after that.
      .replace(/, \{([A-D])\.r\},/g, (whole, key) => {
        if (this.introduced.has(key)) return '';
        this.introduced.add(key);
        return whole;
      })
      .replace(/\{([A-Za-z]+\d?)(\.r)?(?::([\d-]+))?\}/g, (_, key, role, range) => {
        const given = extra[role ? `${key}.r` : key];
        return given ?? this.slot(key, role, range);
      });
    return sentence ? capitalizeSentences(text) : capitalizeFirst(text);
  }
}

/** A headline names people by surname. */
function renderHeadline(story, ctx, template) {
  for (const key of story.speakers) ctx.named.add(key);
  const headline = ctx.render(template, { sentence: false });
  ctx.named.clear();
  return headline;
}

function capitalizeFirst(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Capitalises the first letter of the text and of each sentence in it. */
function capitalizeSentences(text) {
  return text.replace(/(^|[.!?][”"]?\s+)([“"]?)([a-z])/g, (_, before, quote, letter) => before + quote + letter.toUpperCase());
}

const SMALL_WORDS = new Set(words('a an the and or but of in on at to for by with as over after from into nor vs'));

function titleCase(text) {
  return text
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : capitalizeFirst(w)))
    .join(' ');
}

/** Words in a text with single spaces between them. */
function wordCount(text) {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

// ---------------------------------------------------------------------------------------
// Articles

/** The body: a list of paragraphs of 350–1,400 words in all. */
function makeBody(story, rng, ctx) {
  const target = Math.min(1360, Math.max(365, Math.round(Math.exp(Math.log(660) + 0.36 * rng.normal()))));
  const { kind } = story;

  const units = []; // { text, quote }
  let total = 0;
  const add = (text, quote = false) => {
    units.push({ text, quote });
    total += wordCount(text);
  };

  // The opening, with a dateline now and then.
  let lede = ctx.render(rng.pick(fitting(kind.ledes, story)));
  if (rng.chance(0.12)) lede = `${story.places[0].toUpperCase()} — ${lede}`;
  add(lede);

  // The middle: the story's angles and background, with quotations and wire copy mixed in.
  const own = rng.shuffle(story.paras.filter((t) => !story.wireTemplates.includes(t)));
  const shared = rng.shuffle([...story.generic.background, ...story.generic.numbers, ...story.generic.reaction]);
  const nextMiddle = () => ((own.length && rng.chance(0.65)) || !shared.length ? own.shift() : shared.shift());
  const wire = story.wire.filter(() => rng.chance(0.5));
  const quotePool = rng.shuffle(fitting([...kind.quotes, ...GENERIC.quotes], story)).filter((q) => q !== story.quote.template);
  let storyQuoteAt = rng.chance(0.6) ? rng.int(1, 4) : -1;
  let quotesLeft = rng.int(1, 2) + Math.floor(target / 400);
  // Quotations are spread out, and each goes to whoever has been quoted least.
  const quoted = new Map(story.speakers.map((k) => [k, 0]));
  const nextSpeaker = () => {
    const fewest = Math.min(...quoted.values());
    const key = rng.pick(story.speakers.filter((k) => quoted.get(k) === fewest));
    quoted.set(key, fewest + 1);
    return key;
  };
  const closing = rng.sample(story.generic.next, rng.int(1, 2));
  const closingWords = closing.reduce((sum, t) => sum + wordCount(t), 0);

  let step = 0;
  while (total + closingWords < target && (own.length || shared.length || wire.length)) {
    step++;
    const afterQuote = units.at(-1).quote;
    if (step === storyQuoteAt && afterQuote) storyQuoteAt++;
    if (step === storyQuoteAt) {
      quoted.set(story.quote.speaker, quoted.get(story.quote.speaker) + 1);
      add(quotation(story, ctx, rng, story.quote.speaker, story.quote.text, true), true);
    } else if (wire.length && rng.chance(0.3)) {
      const text = wire.shift();
      ctx.noteNames(text);
      add(text);
    } else if (step > 1 && !afterQuote && quotesLeft > 0 && rng.chance(0.2) && quotePool.length) {
      quotesLeft--;
      add(quotation(story, ctx, rng, nextSpeaker(), ctx.render(quotePool.shift(), { sentence: false })), true);
    } else if (own.length || shared.length) {
      add(ctx.render(nextMiddle()));
    }
  }
  for (const t of closing) add(ctx.render(t));

  // Paragraphs of 45–75 words on average: join the shortest pair of neighbours (after the
  // opening, quotations apart when possible) until there are few enough.
  // At least seven, so that a join below (see withoutPullQuotes) still leaves six.
  const count = Math.min(20, Math.max(7, Math.round(total / rng.int(45, 75))));
  for (const u of units) u.words = wordCount(u.text);
  while (units.length > count) {
    let best = -1;
    for (const allowQuotes of [false, true]) {
      for (let i = 1; i + 1 < units.length; i++) {
        if (!allowQuotes && (units[i].quote || units[i + 1].quote)) continue;
        if (best < 0 || units[i].words + units[i + 1].words < units[best].words + units[best + 1].words) best = i;
      }
      if (best >= 0) break;
    }
    const [a, b] = [units[best], units[best + 1]];
    units.splice(best, 2, { text: `${a.text} ${b.text}`, quote: false, words: a.words + b.words });
  }
  return withoutPullQuotes(units.map((u) => u.text));
}

/** How many words in a row make a short paragraph look like a pull quote to the cleaner. */
const PULL_QUOTE_RUN = 7;
const PULL_QUOTE_WORDS = 40;

/** Numbers for words, so that runs of words hash cheaply. */
const wordIds = new Map();

/**
 * The words of a text as the cleaner compares lines (lower case, no punctuation), as
 * numbers.
 */
function wordIdsOf(text) {
  const found = text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['.,][\p{L}\p{N}]+)*/gu) ?? [];
  return found.map((w) => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = wordIds.size + 1;
      wordIds.set(w, id);
    }
    return id;
  });
}

/** A hash of every run of PULL_QUOTE_RUN words. */
function runHashes(ids) {
  const out = [];
  for (let k = 0; k + PULL_QUOTE_RUN <= ids.length; k++) {
    let h = 0;
    for (let j = k; j < k + PULL_QUOTE_RUN; j++) h = (Math.imul(h, 1000003) + ids[j]) | 0;
    out.push(h);
  }
  return out;
}

/**
 * The paragraphs, with every short one that repeats a run of seven words from a longer
 * one joined to a neighbour: the cleaner would take it for a pull quote and drop it.
 */
function withoutPullQuotes(paragraphs) {
  if (!paragraphs.some((p) => wordCount(p) <= PULL_QUOTE_WORDS)) return paragraphs;
  const para = (text, ids = wordIdsOf(text)) => ({ text, length: ids.length, ids, runs: runHashes(ids) });
  const out = paragraphs.map((text) => para(text));
  for (;;) {
    const longest = new Map();
    for (const p of out) for (const h of p.runs) if (!(longest.get(h) >= p.length)) longest.set(h, p.length);
    const i = out.findIndex((p) => p.length <= PULL_QUOTE_WORDS && p.runs.some((h) => longest.get(h) > p.length));
    if (i < 0 || out.length < 2) return out.map((p) => p.text);
    const j = i + 1 < out.length ? i : i - 1;
    out.splice(j, 2, para(`${out[j].text} ${out[j + 1].text}`, [...out[j].ids, ...out[j + 1].ids]));
  }
}

/**
 * A paragraph quoting `speaker`. The story's own quotation reads `"…," Surname said.`
 * once its speaker has been introduced, else it names the speaker in full.
 */
function quotation(story, ctx, rng, speaker, text, storyQuote = false) {
  const q = text.replace(/[.!]$/, '');
  if (storyQuote) {
    const introduced = ctx.named.has(speaker);
    const name = ctx.person(speaker);
    if (introduced || ctx.introduced.has(speaker)) return `“${q},” ${name} said.`;
    ctx.introduced.add(speaker);
    return `“${q},” said ${name}, ${story.people[speaker].role}.`;
  }
  const introduced = ctx.named.has(speaker) || ctx.introduced.has(speaker);
  const shapes = QUOTE_SHAPES.filter((s) => introduced !== s.includes('{S.r}') && !ctx.usedShapes.has(s));
  if (!introduced) ctx.introduced.add(speaker);
  const shape = rng.pick(shapes.length ? shapes : QUOTE_SHAPES.filter((s) => introduced !== s.includes('{S.r}')));
  ctx.usedShapes.add(shape);
  return ctx.render(shape, {
    extra: { Q: q, S: ctx.person(speaker), 'S.r': story.people[speaker].role },
  });
}

/** A slug for a file name, from the headline. */
function slugify(text) {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= 60) return slug;
  return slug.slice(0, 60).replace(/-[^-]*$/, '');
}

// ---------------------------------------------------------------------------------------
// Outlets and how their pages look

function makeOutlets(seed) {
  const rng = new Rng(seed, 'outlets');
  return OUTLET_NAMES.map((name) => {
    const bare = name.replace(/^The /, '');
    const outletShaped = words(name).some((w) => OUTLET_WORDS.has(w.toLowerCase()));
    return {
      name,
      host: `www.${(rng.chance(0.3) ? name : bare).toLowerCase().replace(/[^a-z0-9]/g, '')}.example`,
      reporters: Array.from({ length: rng.int(5, 9) }, () => makePersonName(rng)),
      topChrome: TOP_CHROME.filter(() => rng.chance(0.45)),
      kicker: rng.chance(0.5),
      titleCase: rng.chance(0.5),
      spacedHeader: rng.chance(0.5),
      dateFormats: rng.sample(outletShaped ? [...DATE_FORMATS.keys(), 'outlet', 'outlet'] : [...DATE_FORMATS.keys()], 2),
      curlyQuotes: rng.chance(0.6),
      footer: rng.pick(['copyright', 'copyright', 'copyright', 'url']),
      relatedHeading: rng.pick(RELATED_HEADINGS),
      newsletter: rng.pick(NEWSLETTER_LINES),
    };
  });
}

function pad2(n) {
  return String(n).padStart(2, '0');
}

/** Date lines as pages print them; `t` is the time of publication. */
const DATE_FORMATS = new Map([
  ['published', (t) => `Published ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}`],
  ['at', (t) => {
    const h = t.getUTCHours();
    return `${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()} at ${(h + 11) % 12 + 1}:${pad2(t.getUTCMinutes())} ${h < 12 ? 'a.m.' : 'p.m.'}`;
  }],
  ['updated', (t) => `Updated ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`],
  ['gmt', (t) => `${WEEKDAYS[t.getUTCDay()].slice(0, 3)} ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()].slice(0, 3)} ${t.getUTCFullYear()} ${pad2(t.getUTCHours())}.${pad2(t.getUTCMinutes())} GMT`],
  ['zone', (t) => {
    const h = t.getUTCHours();
    return `Published ${(h + 11) % 12 + 1}:${pad2(t.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'} EST, ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}`;
  }],
  ['iso', (t) => t.toISOString().slice(0, 10)],
  ['posted', (t) => `Posted on ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`],
  ['weekday', (t) => `${WEEKDAYS[t.getUTCDay()]}, ${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}`],
]);

function dateLine(format, time, outlet) {
  if (format === 'outlet') {
    return `${outlet.name} | ${MONTHS[time.getUTCMonth()]} ${time.getUTCDate()}, ${time.getUTCFullYear()}`;
  }
  return DATE_FORMATS.get(format)(time);
}

/** A photo credit: a photographer and the outlet or an agency. */
function photoCredit(rng, outlet) {
  const who = makePersonName(rng);
  switch (rng.int(0, 2)) {
    case 0: return `Photo: ${who} / ${outlet.name}`;
    case 1: return `(${who}/${rng.pick(['AP', 'Reuters', 'AFP', 'Getty Images'])})`;
    default: return `Photograph: ${who}/${rng.pick(['EPA', 'Reuters', 'PA Media'])}`;
  }
}

/** The whole capture of one article, as text. */
function composeCapture(article, outlet, rng, otherHeadline) {
  const { story, time } = article;
  const out = [];
  const header = (line) => {
    out.push(line);
    if (outlet.spacedHeader) out.push('');
  };

  // Site chrome and the header.
  for (const line of outlet.topChrome) if (rng.chance(0.8)) out.push(line);
  if (out.length && rng.chance(0.5)) out.push('');
  if (outlet.kicker) header(story.kind.section);
  header(article.headline);
  if (article.dek) header(article.dek);
  const byline = article.job ? `By ${article.author}, ${article.job}` : `By ${article.author}`;
  const date = dateLine(rng.pick(outlet.dateFormats), time, outlet);
  if (rng.chance(0.8)) {
    header(byline);
    header(date);
  } else {
    header(date);
    header(byline);
  }
  if (article.caption) header(`${article.caption} ${photoCredit(rng, outlet)}`);
  if (out.at(-1) !== '') out.push('');

  // The body, with an advertisement or a link to another story now and then.
  article.body.forEach((paragraph, i) => {
    out.push(outlet.curlyQuotes ? paragraph : paragraph.replace(/[“”]/g, '"'), '');
    if (i === 2 && rng.chance(0.15)) out.push('Advertisement', '');
    if (i === 4 && rng.chance(0.15)) out.push(`Read more: ${otherHeadline()}`, '');
  });

  // The tail: a biography, related stories, share buttons, newsletter and footer.
  if (rng.chance(0.12)) {
    out.push(`${article.author} is a ${(article.job ?? 'staff writer').toLowerCase()} at ${outlet.name}.`, '');
  }
  const related = Array.from({ length: rng.int(2, 4) }, otherHeadline);
  const year = time.getUTCFullYear();
  if (outlet.footer === 'url') {
    out.push(`${rng.chance(0.5) ? 'Original url: ' : ''}https://${outlet.host}/${story.kindName}/${year}/${pad2(time.getUTCMonth() + 1)}/${pad2(time.getUTCDate())}/${article.slug}`, '');
    out.push(`More from ${outlet.name}`, ...related, '');
    out.push(rng.pick(SHARE_LINES), outlet.newsletter);
  } else {
    out.push(outlet.relatedHeading, ...related, '');
    out.push(rng.pick(SHARE_LINES), '');
    out.push(`© ${year} ${outlet.name}. All rights reserved.`, outlet.newsletter);
  }
  return `${out.join('\n')}\n`;
}

/** One article of a story, everything but its capture. */
function makeArticle(story, k, seed, outlet) {
  const rng = new Rng(seed, 'article', story.index, k);
  const ctx = new RenderContext(story, rng);
  const { kind } = story;
  const time = new Date(
    story.eventDay + [0, 1, 2, 3, 4][rng.weighted([0.4, 0.25, 0.15, 0.12, 0.08])] * DAY_MS + rng.int(6 * 60, 23 * 60 + 30) * 60_000,
  );
  let headline = rng.chance(0.15) ? story.headline : renderHeadline(story, ctx, rng.pick(fitting(kind.headlines, story)));
  headline = outlet.titleCase ? titleCase(headline) : headline;
  const dek = rng.chance(0.45) ? ctx.render(rng.pick(fitting(kind.deks, story)), { sentence: false }) : null;
  const caption = rng.chance(0.35) ? ctx.render(rng.pick(fitting(kind.captions, story))) : null;
  ctx.named.clear();
  return {
    story,
    time,
    rng,
    headline,
    slug: slugify(headline),
    dek,
    caption,
    author: rng.pick(outlet.reporters),
    job: rng.chance(0.25) ? rng.pick(kind.jobs) : null,
    body: makeBody(story, rng, ctx),
  };
}

// ---------------------------------------------------------------------------------------
// The corpus

/**
 * Writes `n` captures to `dir`. Returns the number of articles, of stories and of bytes
 * written, and the story of each file (`storyOf[i]` for file i, in name order).
 */
export function generate({ n, dir, seed = 1 }) {
  if (!Number.isInteger(n) || n < 1) throw new Error('generate.mjs: n must be a positive integer');
  const masterRng = new Rng(seed, 'corpus');
  const outlets = makeOutlets(seed);
  const usedTopics = new Map();
  // Kinds take turns: every run of fourteen stories has one of each, in a random order.
  let kindOrder = [];
  const stories = storySizes(n, masterRng).map((size, i) => {
    if (i % KIND_NAMES.length === 0) kindOrder = masterRng.shuffle(KIND_NAMES);
    return { ...makeStory(i, seed, kindOrder[i % KIND_NAMES.length], usedTopics), size };
  });

  // Each story's articles go to different outlets where it can.
  const articles = [];
  for (const story of stories) {
    const outletOrder = new Rng(seed, 'outlet-order', story.index).shuffle(outlets);
    for (let k = 0; k < story.size; k++) {
      const outlet = outletOrder[k % outletOrder.length];
      articles.push({ ...makeArticle(story, k, seed, outlet), outlet });
    }
  }
  articles.sort((a, b) => a.time - b.time || a.story.index - b.story.index);

  mkdirSync(dir, { recursive: true });
  const width = Math.max(4, String(n).length);
  let bytes = 0;
  const storyOf = [];
  articles.forEach((article, i) => {
    const { story, outlet, rng } = article;
    const otherHeadline = () => {
      const other = stories.length > 1 ? (story.index + rng.int(1, stories.length - 1)) % stories.length : story.index;
      return outlet.titleCase ? titleCase(stories[other].headline) : stories[other].headline;
    };
    const capture = composeCapture(article, outlet, rng, otherHeadline);
    const name = `${String(i).padStart(width, '0')}_${article.slug}.txt`;
    writeFileSync(path.join(dir, name), capture);
    bytes += Buffer.byteLength(capture);
    storyOf.push(article.story.index);
  });
  return { articles: articles.length, stories: stories.length, bytes, storyOf };
}

function main(argv) {
  const args = [...argv];
  let seed = 1;
  const at = args.indexOf('--seed');
  if (at >= 0) {
    seed = args[at + 1];
    args.splice(at, 2);
  }
  const [count, dir] = args;
  const n = Number(count);
  if (!dir || !Number.isInteger(n) || n < 1 || seed === undefined) {
    console.error('usage: node e2e/bench/generate.mjs N OUTDIR [--seed S]');
    process.exit(2);
  }
  const started = performance.now();
  const result = generate({ n, dir, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `generate: ${result.articles} articles, ${result.stories} stories, ${formatCount(result.bytes)} bytes in ${dir} (seed ${seed}, ${seconds} s)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
