/// Names, streets and places: real-looking, but every person made of them is invented.
enum PeopleTables {
    // Common US given names and surnames (SSA baby-name and Census 2010 surname lists, top entries).
    static let femaleNames = ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
        "Karen", "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
        "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Helen", "Sharon", "Cynthia", "Amy",
        "Angela", "Anna", "Ruth", "Brenda", "Pamela", "Nicole", "Katherine", "Samantha", "Christine", "Emma", "Olivia",
        "Sophia", "Isabella", "Mia", "Ava", "Camila", "Priya", "Mei", "Fatima", "Aaliyah", "Lucia", "Maria", "Rosa"]
    static let maleNames = ["James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas",
        "Christopher", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Andrew", "Paul", "Joshua",
        "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason", "Edward", "Jeffrey", "Ryan", "Jacob",
        "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Liam", "Noah",
        "Ethan", "Mateo", "Santiago", "Wei", "Arjun", "Omar", "Kwame", "Diego", "Luis", "Hiroshi"]
    static let surnames = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
        "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
        "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel", "Kim", "Chen",
        "Okafor", "Kowalski", "Haddad", "Murphy", "O'Brien", "Sullivan", "Cohen", "Singh", "Tanaka", "Novak"]
    static let streetNames = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Main",
        "Church", "Spring", "Highland", "Sunset", "River", "Meadow", "Forest", "Chestnut", "Walnut", "Willow",
        "Franklin", "Jefferson", "Lincoln", "Madison", "Adams", "Jackson", "Harbor", "Prospect", "Union", "Center",
        "Mill", "Ridge", "Valley", "Summit", "Orchard", "Garden", "Grove", "Liberty", "Cherry", "Birch"]
    static let streetSuffixes = ["Street", "Avenue", "Road", "Lane", "Drive", "Court", "Place", "Way", "Boulevard", "Terrace"]

    /// A real city with a real ZIP code (never in one of the 17 ZIP3 areas HIPAA Safe Harbor restricts),
    /// its county and county FIPS code, and its telephone area code.
    struct Place: Sendable {
        var city: String, state: String, zip: String, county: String, fips: String, latitude: String, longitude: String, areaCode: String
    }

    static let places: [Place] = [
        Place(city: "Boston", state: "MA", zip: "02115", county: "Suffolk County", fips: "25025", latitude: "42.3429", longitude: "-71.0967", areaCode: "617"),
        Place(city: "Cambridge", state: "MA", zip: "02139", county: "Middlesex County", fips: "25017", latitude: "42.3647", longitude: "-71.1042", areaCode: "617"),
        Place(city: "Worcester", state: "MA", zip: "01608", county: "Worcester County", fips: "25027", latitude: "42.2626", longitude: "-71.8023", areaCode: "508"),
        Place(city: "Providence", state: "RI", zip: "02903", county: "Providence County", fips: "44007", latitude: "41.8205", longitude: "-71.4128", areaCode: "401"),
        Place(city: "Hartford", state: "CT", zip: "06103", county: "Hartford County", fips: "09003", latitude: "41.7658", longitude: "-72.6734", areaCode: "860"),
        Place(city: "New York", state: "NY", zip: "10001", county: "New York County", fips: "36061", latitude: "40.7506", longitude: "-73.9972", areaCode: "212"),
        Place(city: "Brooklyn", state: "NY", zip: "11201", county: "Kings County", fips: "36047", latitude: "40.6940", longitude: "-73.9903", areaCode: "718"),
        Place(city: "Buffalo", state: "NY", zip: "14202", county: "Erie County", fips: "36029", latitude: "42.8864", longitude: "-78.8784", areaCode: "716"),
        Place(city: "Philadelphia", state: "PA", zip: "19103", county: "Philadelphia County", fips: "42101", latitude: "39.9527", longitude: "-75.1742", areaCode: "215"),
        Place(city: "Pittsburgh", state: "PA", zip: "15213", county: "Allegheny County", fips: "42003", latitude: "40.4443", longitude: "-79.9553", areaCode: "412"),
        Place(city: "Baltimore", state: "MD", zip: "21201", county: "Baltimore city", fips: "24510", latitude: "39.2946", longitude: "-76.6252", areaCode: "410"),
        Place(city: "Richmond", state: "VA", zip: "23219", county: "Richmond city", fips: "51760", latitude: "37.5407", longitude: "-77.4360", areaCode: "804"),
        Place(city: "Charlotte", state: "NC", zip: "28202", county: "Mecklenburg County", fips: "37119", latitude: "35.2271", longitude: "-80.8431", areaCode: "704"),
        Place(city: "Atlanta", state: "GA", zip: "30303", county: "Fulton County", fips: "13121", latitude: "33.7529", longitude: "-84.3925", areaCode: "404"),
        Place(city: "Miami", state: "FL", zip: "33130", county: "Miami-Dade County", fips: "12086", latitude: "25.7677", longitude: "-80.2044", areaCode: "305"),
        Place(city: "Orlando", state: "FL", zip: "32801", county: "Orange County", fips: "12095", latitude: "28.5421", longitude: "-81.3790", areaCode: "407"),
        Place(city: "Nashville", state: "TN", zip: "37203", county: "Davidson County", fips: "47037", latitude: "36.1503", longitude: "-86.7911", areaCode: "615"),
        Place(city: "Chicago", state: "IL", zip: "60601", county: "Cook County", fips: "17031", latitude: "41.8858", longitude: "-87.6181", areaCode: "312"),
        Place(city: "Detroit", state: "MI", zip: "48226", county: "Wayne County", fips: "26163", latitude: "42.3316", longitude: "-83.0475", areaCode: "313"),
        Place(city: "Columbus", state: "OH", zip: "43215", county: "Franklin County", fips: "39049", latitude: "39.9653", longitude: "-83.0041", areaCode: "614"),
        Place(city: "Cleveland", state: "OH", zip: "44113", county: "Cuyahoga County", fips: "39035", latitude: "41.4850", longitude: "-81.6938", areaCode: "216"),
        Place(city: "Indianapolis", state: "IN", zip: "46204", county: "Marion County", fips: "18097", latitude: "39.7713", longitude: "-86.1573", areaCode: "317"),
        Place(city: "Milwaukee", state: "WI", zip: "53202", county: "Milwaukee County", fips: "55079", latitude: "43.0450", longitude: "-87.8990", areaCode: "414"),
        Place(city: "Minneapolis", state: "MN", zip: "55401", county: "Hennepin County", fips: "27053", latitude: "44.9847", longitude: "-93.2700", areaCode: "612"),
        Place(city: "St. Louis", state: "MO", zip: "63101", county: "St. Louis city", fips: "29510", latitude: "38.6315", longitude: "-90.1924", areaCode: "314"),
        Place(city: "Kansas City", state: "MO", zip: "64105", county: "Jackson County", fips: "29095", latitude: "39.1031", longitude: "-94.5880", areaCode: "816"),
        Place(city: "Omaha", state: "NE", zip: "68102", county: "Douglas County", fips: "31055", latitude: "41.2627", longitude: "-95.9323", areaCode: "402"),
        Place(city: "Dallas", state: "TX", zip: "75201", county: "Dallas County", fips: "48113", latitude: "32.7903", longitude: "-96.8047", areaCode: "214"),
        Place(city: "Houston", state: "TX", zip: "77002", county: "Harris County", fips: "48201", latitude: "29.7564", longitude: "-95.3650", areaCode: "713"),
        Place(city: "Austin", state: "TX", zip: "78701", county: "Travis County", fips: "48453", latitude: "30.2711", longitude: "-97.7437", areaCode: "512"),
        Place(city: "San Antonio", state: "TX", zip: "78205", county: "Bexar County", fips: "48029", latitude: "29.4246", longitude: "-98.4895", areaCode: "210"),
        Place(city: "Denver", state: "CO", zip: "80202", county: "Denver County", fips: "08031", latitude: "39.7528", longitude: "-104.9992", areaCode: "303"),
        Place(city: "Phoenix", state: "AZ", zip: "85004", county: "Maricopa County", fips: "04013", latitude: "33.4516", longitude: "-112.0686", areaCode: "602"),
        Place(city: "Salt Lake City", state: "UT", zip: "84101", county: "Salt Lake County", fips: "49035", latitude: "40.7566", longitude: "-111.9009", areaCode: "801"),
        Place(city: "Albuquerque", state: "NM", zip: "87102", county: "Bernalillo County", fips: "35001", latitude: "35.0820", longitude: "-106.6481", areaCode: "505"),
        Place(city: "Las Vegas", state: "NV", zip: "89101", county: "Clark County", fips: "32003", latitude: "36.1725", longitude: "-115.1224", areaCode: "702"),
        Place(city: "Seattle", state: "WA", zip: "98101", county: "King County", fips: "53033", latitude: "47.6114", longitude: "-122.3305", areaCode: "206"),
        Place(city: "Portland", state: "OR", zip: "97204", county: "Multnomah County", fips: "41051", latitude: "45.5184", longitude: "-122.6744", areaCode: "503"),
        Place(city: "San Francisco", state: "CA", zip: "94103", county: "San Francisco County", fips: "06075", latitude: "37.7726", longitude: "-122.4099", areaCode: "415"),
        Place(city: "Los Angeles", state: "CA", zip: "90012", county: "Los Angeles County", fips: "06037", latitude: "34.0614", longitude: "-118.2385", areaCode: "213"),
        Place(city: "San Diego", state: "CA", zip: "92101", county: "San Diego County", fips: "06073", latitude: "32.7211", longitude: "-117.1677", areaCode: "619"),
        Place(city: "Sacramento", state: "CA", zip: "95814", county: "Sacramento County", fips: "06067", latitude: "38.5804", longitude: "-121.4922", areaCode: "916"),
    ]

    /// The ZIP3 areas with 20,000 or fewer people, which HIPAA Safe Harbor (45 CFR 164.514(b)(2)) forbids.
    static let restrictedZIP3: Set<String> = ["036", "059", "102", "203", "205", "369", "556", "692", "753", "772", "821",
                                              "823", "878", "879", "884", "890", "893"]

    // US Census Bureau, 2020 Census: resident population by age (rounded shares per 1,000).
    static let ageBands: [(range: ClosedRange<Int>, permille: Int)] = [
        (0...4, 57), (5...17, 165), (18...24, 93), (25...34, 136), (35...44, 129), (45...54, 121), (55...64, 129),
        (65...74, 98), (75...84, 52), (85...99, 20),
    ]

    // US Census Bureau, 2020 Census: race and Hispanic origin (rounded shares per 1,000).
    static let races: [(String, Int)] = [("white", 616), ("black", 124), ("asian", 60), ("native", 11), ("other", 189)]
    static let hispanicPermille = 187
}
