/// The words the prose readers look for around a name or an address. All lowercase.
enum ProseVocabulary {
    /// Courtesy titles: what follows is a surname, whatever list it is in.
    static let titles: Set<String> = WordList.words("mr mrs ms miss mx mister missus mstr master madam sra sr srta")

    /// Provider titles: the name after one is a clinician's, not a patient's.
    static let providerTitles: Set<String> = WordList.words("""
        dr doctor prof professor nurse rn np physician surgeon attending fellow pharmacist therapist provider
        pcp radiologist cardiologist oncologist hospitalist intern rev reverend pastor chaplain officer dra drs
        """)

    /// Words that say the next name is a person the record is about.
    static let personNouns: Set<String> = WordList.words("""
        patient patients pt pts client member subscriber beneficiary insured enrollee guarantor decedent
        deceased resident inmate claimant dependent newborn infant baby child son daughter wife husband spouse
        partner mother mom father dad parent guardian caregiver sibling brother sister grandmother grandfather
        grandson granddaughter aunt uncle niece nephew cousin fiancé fiance roommate participant veteran toddler
        name names named called dear
        """)

    /// Label words that may sit between a person noun and the name: `patient name: …`, `patient is …`.
    static let labelFillers: Set<String> = WordList.words("""
        name names named is was called full legal of the our my your his her their a an
        """)

    /// Verbs and phrases after a name that put the person in a clinical story.
    static let clinicalVerbs: Set<String> = WordList.words("""
        admitted presented presents presenting discharged transferred diagnosed complains complained denies
        denied underwent died expired deceased intubated extubated coded delivered vomited fell fractured
        hospitalized readmitted evaluated triaged consented endorses endorsed reports reported states stated
        tested developed received started stopped missed refused declined takes took needs requires required
        arrived returned came comes called visited underwent survived recovered relapsed seized collapsed lives
        weighs uses smokes drinks is was has had got gets will c/o hx w/ passed scheduled booked cancelled
        canceled rescheduled no-showed saw sees tolerated tolerates responded follows followed signed
        """)

    /// Clinical verbs that tell a clinical story by themselves (no other clinical word needed).
    static let strongClinicalVerbs: Set<String> = WordList.words("""
        admitted presented presents presenting discharged diagnosed complains complained denies denied underwent
        died expired intubated extubated coded vomited fractured hospitalized readmitted triaged endorses
        endorsed c/o hx seized relapsed no-showed
        """)

    /// Words that make a sentence about health care: with one nearby, weaker cues count.
    static let clinicalWords: Set<String> = WordList.words("""
        patient pt admitted admission discharge discharged diagnosis dx hx history symptoms pain fever cough
        nausea bp blood pressure a1c hba1c glucose insulin metformin lisinopril statin medication medications
        meds mg dose prescription rx refill allergy allergies allergic labs lab results mri ct x-ray xray scan
        ecg ekg surgery procedure appointment appt visit follow-up followup follow clinic hospital er ed icu
        ward bed room chart mrn dob ssn insurance medicare medicaid diabetes diabetic hypertension htn dm dm2
        copd chf ckd asthma cancer copay pregnant pregnancy prenatal postpartum vaccine vaccination immunization
        therapy rehab dialysis chemo chemotherapy radiation biopsy tumor infection sepsis pneumonia covid
        fracture stroke seizure depression anxiety psych psychiatric overdose withdrawal referral referred
        consult nurse doctor physician provider pcp specialist pharmacy vitals weight bmi heart cardiac kidney
        renal liver hepatic lung pulmonary wound injury injured fall sick ill illness disease condition
        treatment treated screening mammogram colonoscopy a1c cholesterol ldl egfr creatinine troponin inr
        warfarin opioid opioids oxycodone hospice palliative dnr code ambulance ems triage recheck reminder
        remind results test tests positive negative care caregiver home-health homebound telehealth portal claim
        claims billing copays deductible y/o yo year-old years old male female medical health clinical encounter
        prescribed dosage tablet tablets inhaler injection shot vaccine booster flu
        """)

    /// Nouns after a possessive name that make it a person's record: `Maria's labs`.
    static let personalNouns: Set<String> = WordList.words("""
        labs lab a1c hba1c bp blood chart record records mrn dob ssn insurance appointment appt visit
        medications meds medication diagnosis results result scan mri ct x-ray prescription follow-up followup
        discharge admission surgery condition symptoms pain care family mother father daughter son husband wife
        address phone email number birthday birth age weight vitals glucose insulin dose allergies history hx
        pregnancy baby case claim bill balance account referral biopsy tumor cancer diabetes heart kidney liver
        wound fall death funeral estate home house apartment room bed caregiver therapist therapy doctor pcp
        provider insurer plan policy member id test tests cholesterol ldl egfr creatinine
        """)

    /// Words before a name that address or reach the person: `call Maria`, `a text to Maria`.
    static let contactVerbs: Set<String> = WordList.words("""
        call text email e-mail message msg remind notify tell contact page phone schedule reschedule book see
        visit dear hi hello greet ask inform update discharge admit transfer examine treat refer triage counsel
        educate reassure sms letter note reply respond write draft reminder followup follow-up reach voicemail
        saw seen excuse discharging admitting transferring examined treated visited called texted emailed
        messaged paged met
        """)

    /// Words that introduce a person: `for Maria Gonzalez`, `regarding Mr. Ito`.
    static let prepositions: Set<String> = WordList.words("for about regarding re to with from of on by and at")

    /// Words in `.` abbreviations that do not end a sentence.
    static let abbreviations: Set<String> = WordList.words("""
        mr mrs ms dr st ave rd blvd jr sr pt apt no vs etc e.g i.e prof mt ft ln ct hwy ste fl dept inc co corp
        approx yrs hx dx
        """)

    /// Capitalised words that start sentences or name things, never a person by themselves.
    static let notNames: Set<String> = WordList.words("""
        i the a an this that these those it its he she they we you his her their our my your in on at for of and
        or but if when what how why who where which please can could should would may might must do does did is
        are was were be been has have had not no yes ok okay thanks thank hi hello hey dear also then so just
        here there patient patients pt name names dob mrn ssn age sex male female gender january february march
        april june july august september october november december monday tuesday wednesday thursday friday
        saturday sunday today tomorrow mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug
        sep sept oct nov dec
        // Cities and countries that are also in the given-name lists but name a place far more often.
        vienna paris london berlin boston chicago seattle tokyo rome geneva zurich oslo stockholm dublin prague
        warsaw moscow cairo lima havana miami atlanta detroit memphis nashville rochester baltimore philadelphia
        pittsburgh cleveland cincinnati minnesota texas ohio florida alaska arizona nevada montana oregon utah
        vermont maine africa asia europe america canada mexico china japan india israel ireland scotland wales
        england france germany italy spain sweden yesterday mr mrs ms miss dr doctor nurse god jesus christ lord
        allah english spanish american african asian hispanic latino latina chief history assessment plan
        impression diagnosis summary note notes subjective objective exam labs vitals meds medications allergies
        hpi ros pmh psh fh sh a&p cc rx dx hx tx sx fx s/p discharge admission admit follow up medicare medicaid
        epic cerner fhir hl7 sql json api python java swift error warning info debug trace exception traceback
        file line module class def return select from where insert update delete values null true false none new
        old use using make write create add get set run see show help fix check find list give send call text
        email remind tell draft unit apt suite street avenue road north south east west center hospital clinic
        university county state city health medical care general memorial saint st emergency department ward
        room bed floor building ct mri er ed icu or pacu nicu picu ccu copd chf ckd htn dm cad afib mi uti a1c
        bp hr rr spo2 bmi ekg ecg cbc bmp cmp inr pt/inr tsh text varchar char int integer bigint smallint date
        timestamp timestamptz boolean bool serial bigserial uuid jsonb bytea numeric decimal real float double
        blob clob nvarchar datetime string long short byte bit money key primary unique references default table
        index view column row field
        """)

    /// People a technical or historical question may name: not patients.
    static let wellKnownPeople: Set<String> = WordList.phrases("""
        guido van rossum, linus torvalds, alan turing, ada lovelace, grace hopper, donald knuth, dennis ritchie,
        ken thompson, bjarne stroustrup, james gosling, brendan eich, anders hejlsberg, chris lattner,
        rich hickey, john carmack, martin fowler, kent beck, robert martin, uncle bob, edsger dijkstra,
        tim berners-lee, richard stallman, steve jobs, steve wozniak, bill gates, elon musk, sam altman,
        andrej karpathy, geoffrey hinton, yann lecun, yoshua bengio, claude shannon, john von neumann,
        barbara liskov, leslie lamport, larry page, sergey brin, mark zuckerberg, jeff dean, jeff bezos,
        satya nadella, sundar pichai, tim cook, margaret hamilton, katherine johnson, florence nightingale,
        hippocrates, galen, william osler, ignaz semmelweis, joseph lister, edward jenner, louis pasteur,
        alexander fleming, jonas salk, albert sabin, elizabeth blackwell, clara barton, anthony fauci,
        atul gawande, oliver sacks, paul farmer, siddhartha mukherjee, eric topol, virginia apgar,
        henrietta lacks, marie curie, pierre curie, albert einstein, isaac newton, charles darwin,
        gregor mendel, rosalind franklin, james watson, francis crick, sigmund freud, carl jung, ronald fisher,
        karl pearson, thomas bayes, john snow, john tukey, edward tufte, hans rosling, nate silver, judea pearl,
        donald rubin, david cox, paul meier, edward kaplan, bradley efron, william gosset, abraham lincoln,
        george washington, barack obama, donald trump, joe biden, kamala harris, taylor swift, shakespeare,
        william shakespeare, charles dickens, jane austen, mark twain, martin luther king, martin luther,
        rosa parks, nelson mandela, mahatma gandhi, winston churchill, queen elizabeth, princess diana,
        michael jordan, serena williams, lebron james, tom brady, stephen hawking, richard feynman, carl sagan,
        neil degrasse tyson, jordan peterson, dave thomas, andy hunt, eric evans, gang of four, erich gamma,
        ward cunningham, fred brooks, frederick brooks, david parnas, tony hoare, niklaus wirth, john mccarthy,
        alan kay, guy steele, paul graham, joel spolsky, jeff atwood, dan abramov, evan you, ryan dahl,
        david heinemeier hansson, wes mckinney, travis oliphant, hadley wickham, fernando perez,
        jake vanderplas, raymond hettinger, brett cannon, armin ronacher, kenneth reitz, adrian holovaty,
        simon willison, jacob kaplan-moss, lou gehrig, michael j fox, michael j. fox, robin williams,
        steve irwin, christopher reeve,
        // Public figures whose health is public, and authors and characters of books about illness.
        bruce willis, muhammad ali, magic johnson, ronald reagan, terry pratchett, angelina jolie, celine dion,
        selena gomez, jamie foxx, lady gaga, kevin love, simone biles, michael phelps, demi lovato,
        mariah carey, catherine zeta-jones, glenn close, stephen fry, prince harry, princess kate,
        kate middleton, king charles, jimmy carter, john mccain, ted kennedy, joe biden, steve gleason,
        ann romney, dana reeve, tom hanks, halle berry, nick jonas, sonia sotomayor, george eliot, leo tolstoy,
        ivan ilyich, anton chekhov, virginia woolf, sylvia plath, ernest hemingway, susan sontag, atul gawande,
        paul kalanithi, oliver sacks, henrietta lacks,
        // Patients and physicians of medical history, named in teaching and research questions.
        phineas gage, henry molaison, mary mallon, typhoid mary, anna o, little hans, john hunter,
        william harvey, andreas vesalius, rudolf virchow, robert koch, paul ehrlich, emil kraepelin,
        harvey cushing, william halsted, charles drew, daniel hale williams, rebecca lee crumpler, mary seacole,
        dorothea dix, elisabeth kubler-ross, elisabeth kübler-ross, cicely saunders, christiaan barnard,
        michael debakey, denton cooley, frederick banting, charles best, elliott joslin, james lind,
        walter reed, carlos finlay, ronald ross, john snow, william mayo, charles mayo, johns hopkins,
        jesse gelsinger, karen ann quinlan, terri schiavo, nancy cruzan, louise brown, david vetter, ryan white,
        baruch blumberg, tu youyou, barbara mcclintock, gertrude elion, helen taussig, alfred blalock,
        vivien thomas, james marion sims, john rock, margaret sanger, archibald cochrane, austin bradford hill,
        richard doll, david sackett, gordon guyatt, avedis donabedian, don berwick, donald berwick,
        lucian leape, ernest codman, abraham flexner, paul lauterbur, peter mansfield, godfrey hounsfield,
        wilhelm roentgen, wilhelm röntgen, willem einthoven,
        // Characters of medical fiction on screen and in books.
        gregory house, james wilson, lisa cuddy, meredith grey, ellis grey, derek shepherd, cristina yang,
        miranda bailey, george o'malley, izzie stevens, alex karev, richard webber, doug ross, john carter,
        mark greene, kerry weaver, hawkeye pierce, benjamin pierce, trapper john, marcus welby, doogie howser,
        john dorian, perry cox, elliot reid, shaun murphy, max goodwin, michael robinavitch, michaela quinn,
        ben casey, james kildare, patch adams, hunter adams, mildred ratched, nurse ratched, randle mcmurphy,
        hannibal lecter, victor frankenstein, henry jekyll, edward hyde, raymond babbitt, forrest gump,
        john nash, christian troy, sean mcnamara, conrad hawkins, will halstead, tertius lydgate, anna karenina,
        ivan ilych, jane eyre, mrs dalloway, holden caulfield
        """)

    /// Each word of a well-known person's name, with the full names it is part of.
    static let wellKnownPeopleByWord: [String: [String]] = wellKnownPeople.reduce(into: [:]) { byWord, name in
        for word in name.utf8.split(separator: UInt8(ascii: " ")) { byWord[String(decoding: word, as: UTF8.self), default: []].append(name) }
    }

    /// Titles of medical fiction: names in a question about one are its characters.
    static let fictionTitles: [String] = WordList.phrasesList("""
        grey's anatomy, greys anatomy, house m.d, house md, scrubs, chicago med, the good doctor, the resident,
        new amsterdam, m*a*s*h, the pitt, the knick, call the midwife, nip/tuck, one flew over the cuckoo,
        a beautiful mind, rain man, patch adams, the death of ivan, middlemarch
        """)

    /// Surnames of well-known people that are distinctive enough to recognise alone.
    static let wellKnownSurnames: Set<String> = WordList.words("""
        torvalds knuth turing lovelace dijkstra stroustrup nightingale hippocrates semmelweis pasteur einstein
        newton darwin mendel freud jung bayes tukey tufte feynman hawking sagan lamport liskov ritchie gosling
        hejlsberg lattner carmack berners-lee stallman wozniak zuckerberg karpathy hinton lecun bengio shannon
        neumann osler jenner fleming salk sabin fauci gawande mukherjee topol apgar curie crick wickham mckinney
        hettinger ronacher holovaty willison spolsky atwood abramov gage molaison mallon vesalius virchow
        ehrlich kraepelin halsted seacole banting debakey gelsinger quinlan schiavo blumberg taussig blalock
        einthoven roentgen röntgen hounsfield lauterbur donabedian codman flexner cochrane lister koch rossum
        shakespeare dickens austen twain mandela gandhi churchill obama lincoln
        """)

    /// Names that belong to diseases, signs and tests whatever follows them: `Parkinson's`, `Crohn`.
    static let diseaseEponyms: Set<String> = WordList.words("""
        parkinson alzheimer crohn hodgkin huntington hashimoto asperger tourette kaposi wilms guillain barre
        barré raynaud sjogren sjögren marfan klinefelter apgar wernicke korsakoff broca babinski kernig
        brudzinski mcburney rovsing virchow hirschsprung kawasaki takayasu wegener behcet behçet peyronie
        dupuytren meniere epstein coxsackie norwalk lyme ebola zika marburg legionnaires lewy creutzfeldt jakob
        duchenne fabry gaucher niemann zollinger ellison willebrand heimlich valsalva trendelenburg snellen
        romberg tinel phalen lachman karnofsky glasgow framingham friedewald cockcroft charlson elixhauser
        caprini ranson holter swan-ganz gehrig tay-sachs addison cushing graves kaplan-meier wilcoxon kruskal
        poisson bernoulli markov gauss bayes bayesian gaussian markovian
        """)

    /// Words after a surname that make it an eponym (`Bell's palsy`, `Cox regression`, `Still disease`).
    static let eponymFollowers: Set<String> = WordList.words("""
        disease diseases syndrome syndromes sign signs test tests score scores scale criteria criterion lymphoma
        palsy sarcoma tumor tumour curve curves estimator regression model models catheter maneuver manoeuvre
        position method formula equation distribution chain chains process index classification stage staging
        grade phenomenon reflex triad law rule rules procedure operation fracture hernia ulcer contracture
        encephalopathy dementia disorder anomaly malformation virus infection correlation coefficient statistic
        statistics plot hazards transform filter algorithm theorem distance effect bodies body cell cells gland
        area node nodes
        """)

    /// Fictional, cartoon, test and documentation names: placeholders, not people.
    static let placeholderNames: Set<String> = Set([
        "john doe", "jane doe", "john q public", "john q. public", "jane q public", "richard roe", "jane roe",
        "joe bloggs", "joe blow", "john smith", "jane smith", "max mustermann", "erika mustermann", "mickey mouse",
        "minnie mouse", "donald duck", "daisy duck", "daffy duck", "bugs bunny", "porky pig", "homer simpson",
        "marge simpson", "bart simpson", "lisa simpson", "maggie simpson", "fred flintstone", "wilma flintstone",
        "barney rubble", "peter parker", "bruce wayne", "clark kent", "tony stark", "diana prince", "harry potter",
        "hermione granger", "ron weasley", "sherlock holmes", "john watson", "luke skywalker", "han solo",
        "leia organa", "frodo baggins", "bilbo baggins", "walter white", "jon snow", "arthur dent", "ford prefect",
        "marty mcfly", "tom sawyer", "huckleberry finn", "charlie brown", "scooby doo", "shaggy rogers",
        "test patient", "patient test", "test user", "user test", "test test", "first last", "firstname lastname",
        "first name", "last name", "given family", "foo bar", "baby boy", "baby girl", "unknown unknown",
        "peter james chalmers", "peter chalmers", "jim chalmers", "henry levin", "amy shaw", "eve everywoman",
        "adam everyman", "everywoman eve", "everyman adam", "pieter van de heuvel", "sandy notsowell", "betsy smith",
        "john q patient", "jane q patient", "alice smith", "bob smith", "alice jones", "bob jones", "lorem ipsum", "ipsum lorem", "jane citizen", "john citizen", "joe schmoe", "john public", "tommy atkins",
        "fred bloggs", "ivan ivanov", "juan perez", "juan pérez", "fulano de tal", "mario rossi", "jean dupont",
        "erika musterfrau", "zhang san", "li si", "taro yamada", "hanako yamada", "kim chul-soo", "jan kowalski",
        "bond, james bond", "george \"gob\" bluth",
        // Sample patients whose names are common ones: placeholders in their record, never a whole file's mark.
        "roel", "mary smith", "joe smith", "richard kelly", "daniel adams", "sally walker",
    ]).union(publishedSamplePatients)

    /// Published sample patients: HL7 C-CDA, ONC/NIST certification, vendor, HL7 v2, FHIR and DICOM
    /// examples, DLP vendors' test records, and fiction that PII libraries quote. A document or test
    /// that names one (in any field order) is about that sample.
    static let publishedSamplePatients: Set<String> = [
        "ellen ross", "isabella jones", "adam careful", "myra jones", "alice newman", "jeremy bates", "adam everyman",
        "eve everyman", "marie lux", "pieter van de heuvel", "henry levin", "marla evans", "frank everyman",
        "john q everyman", "jane everywoman", "donna everywoman", "nancy nightingale", "steve williamson", "timmy smart",
        "nancy smart", "wilma smart", "jason argonaut", "jessica argonaut", "john argonaut",
        "robert aragon", "jane q public",
        // DLP vendors' published test records, and fiction that PII libraries quote.
        "ashley borden", "thomas conley", "inigo montoya", "james bond", "george bluth", "gob bluth",
    ]

    /// Surnames of placeholder names, recognised with any first name (`Maria Doe`, `Test Everyman`).
    static let placeholderSurnames: Set<String> = WordList.words("""
        doe roe bloggs mustermann musterfrau everyman everywoman testperson tester testing testpatient notsowell
        simpson flintstone skywalker baggins ipsum example sample placeholder dummy fake anon anonymous unknown
        redacted nobody argonaut zztest testzz anonymized deidentified chalmers betterhalf
        // Disney's characters in Italian, the names of Italian HL7 samples (`PIPPO^PLUTO`, `VIA DI TOPOLINO`).
        pippo pluto topolino paperino paperina minni
        """)

    /// Street suffixes (USPS Publication 28 common forms).
    static let streetSuffixes: Set<String> = WordList.words("""
        st street ave av avenue rd road blvd boulevard dr drive ln lane way ct court pl place ter terr terrace
        pkwy parkway hwy highway cir circle sq square trl trail loop row run pike path walk crescent cres close
        plaza plz aly alley xing crossing cv cove pt point pass rte route tpke turnpike expy expressway fwy
        freeway bnd bend holw hollow hts heights mnr manor mdw meadow meadows orch orchard rdg ridge vw view vis
        vista xrd green grv grove gdns gardens knl knoll lndg landing pk park spg spgs springs sta station tr
        cswy causeway byp bypass ext extension jct junction
        """)

    /// Unit designators after a street: `Apt 4B`, `Suite 200`, `#3`.
    static let unitWords: Set<String> = WordList.words("""
        apt apartment unit suite ste fl floor rm room bldg building lot trlr spc space dept po box
        """)

    static let directions: Set<String> = WordList.words("""
        n s e w ne nw se sw north south east west northeast northwest southeast southwest
        """)

    /// The two-letter state and territory codes (USPS).
    static let stateCodes: Set<String> = WordList.words("""
        al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd
        oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr gu vi as mp
        """)

    /// Words near an address that make it a person's: a home, a visit, a patient.
    static let homeWords: Set<String> = WordList.words("""
        lives live living resides reside residence residing home house apartment apt address addresses addr
        moved moving patient patients pt her his their she he they visit visits home-visit mail mailing ship
        deliver delivery send born staying stays located find geocode geocoding census tract zip member
        subscriber guarantor client family son daughter mother father wife husband caregiver my household
        relocated evicted homeless shelter hospice discharge discharged transport pickup pick-up dropoff
        drop-off ambulance ems dispatch welfare check porch doorstep door mailbox yard driveway neighbor
        neighbour landlord tenant renter
        """)

    /// Words that end an organisation's name.
    static let organizationWords: Set<String> = WordList.words("""
        inc llc ltd corp corporation co company pharmaceuticals pharma labs laboratories hospital hospitals
        clinic clinics health healthcare medical center centre university college institute foundation group
        associates partners systems solutions services pharmacy insurance bank memorial general county school
        church society association network plan trust agency department dept office ministry council board
        theatre theater museum library stadium arena cathedral chapel palace
        """)

    /// Words that put a named person at work: a colleague, a vendor, a meeting.
    static let staffWords: Set<String> = WordList.words("""
        procurement vendor vendors supplier quote invoice purchasing colleague colleagues coworker coworkers
        co-worker manager supervisor director ceo cfo cto cio vp recruiter recruiting hiring interview candidate
        hr finance accounting payroll sales marketing engineer engineering developer analyst helpdesk vpn laptop
        standup jira onboarding contractor consultant lawyer attorney staffing rota
        """)

    /// Words around an address that make it a business's: procurement, shipping to an office.
    static let businessWords: Set<String> = WordList.words("""
        vendor vendors supplier suppliers ship-to procurement pricing price prices quote quotes invoice invoices
        headquarters hq corporate company companies warehouse dock receiving purchase purchasing po rfp contract
        contracts distributor manufacturer store storefront franchise branch offices office showroom sales
        wholesale
        """)

    /// Words that say someone lives at an address.
    static let residenceWords: Set<String> = WordList.words("""
        lives live living resides reside residence residing home house apartment moved household relocated
        evicted homeless staying stays porch doorstep mailbox
        """)

    /// Addresses everyone recognises as examples or as public landmarks, by `number street` (lowercase, no suffix).
    static let placeholderStreets: Set<String> = WordList.phrases("""
        123 main, 1234 main, 12345 main, 1 main, 12 main, 100 main, 123 elm, 123 oak, 123 any, 123 anywhere,
        123 fake, 123 example, 123 sample, 123 test, 1 example, 1 test, 742 evergreen, 221b baker, 221 baker,
        1600 pennsylvania, 1600 amphitheatre, 1 infinite, 1 apple park, one apple park, 1 microsoft,
        one microsoft, 350 fifth, 51 franklin, 59 temple, 675 massachusetts, 675 mass, 534 erewhon,
        3300 washtenaw, 4 privet, 12 grimmauld, 10 downing, 31 spooner, 124 conch, 1060 west addison,
        1313 mockingbird, 1640 riverside, 742 evergreen terrace, 0 main, 1 hacker, 500 oracle, 1 hacker way,
        410 terry, 1 rocket, 2211 north first, 1111 home, 2222 home, 3333 home, 4444 home, 5555 home, 1234 home,
        1111 main, 2222 main, 3333 main, 4444 main
        """)
}

