//! Common given names and the gender they usually signal, so that "he" and
//! "she" find the right person before the article has used a pronoun for
//! them. A name missing here simply leaves the gender open.

use crate::lexicon::WordSet;

/// The gender a given name usually signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    /// Usually a man's name.
    Male,
    /// Usually a woman's name.
    Female,
}

#[rustfmt::skip]
const MALE: &[&str] = &[
    "aaron", "abdul", "adam", "adrian", "ahmed", "alan", "albert", "alberto", "alejandro", "alex", "alexander",
    "alexei", "ali", "alistair", "andre", "andreas", "andrew", "andrei", "angelo", "anthony", "antonio", "arthur",
    "barack", "ben", "benjamin", "bernard", "bernie", "bill", "bob", "boris", "brad", "brandon", "brian", "bruce",
    "carl", "carlos", "charles", "chris", "christian", "christopher", "chuck", "colin", "craig", "dale", "dan",
    "daniel", "darren", "dave", "david", "dennis", "diego", "dmitry", "dominic", "donald", "doug", "douglas",
    "duncan", "eddie", "edward", "emmanuel", "enrique", "eric", "erik", "ernesto", "evan", "fernando", "francis",
    "francisco", "frank", "fred", "gary", "george", "gerald", "giorgio", "giovanni", "graham", "greg", "gregory",
    "hamid", "hans", "harry", "hassan", "henry", "howard", "hugo", "hussein", "ian", "ibrahim", "igor", "ivan",
    "jack", "jacob", "jake", "james", "jamie", "jan", "jason", "javier", "jay", "jean", "jeb", "jeff", "jeffrey",
    "jeremy", "jerry", "jim", "jimmy", "joe", "joel", "johan", "john", "johnny", "jon", "jonathan", "jorge",
    "jose", "joseph", "josh", "joshua", "juan", "julian", "justin", "karl", "keith", "ken", "kenneth", "kevin",
    "khalid", "klaus", "kurt", "lars", "lee", "leo", "leonard", "liam", "louis", "lucas", "luis", "luke", "marc",
    "marco", "marcus", "mario", "mark", "martin", "matt", "matthew", "max", "michael", "miguel", "mike",
    "mikhail", "mitch", "mohamed", "mohammed", "muhammad", "nathan", "neil", "nicholas", "nick", "nigel",
    "oliver", "omar", "oscar", "owen", "pablo", "patrick", "paul", "pedro", "peter", "phil", "philip", "pierre",
    "rafael", "rahul", "rajesh", "ralph", "ramon", "randy", "raul", "ray", "raymond", "ricardo", "richard",
    "rick", "rob", "robert", "roberto", "rodrigo", "roger", "ron", "ronald", "ross", "roy", "russell", "ryan",
    "salman", "sam", "samuel", "scott", "sean", "sebastian", "sergei", "sergio", "seth", "simon", "stefan",
    "stephen", "steve", "steven", "stuart", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tomas",
    "tony", "travis", "trevor", "victor", "vladimir", "walter", "wayne", "william", "willie", "yusuf", "zach",
    "abdullah", "abel", "abraham", "adebayo", "adil", "ahmad", "akira", "alain", "alastair", "aldo",
    "aleksandr", "alfonso", "alfred", "alvaro", "amir", "anders", "andres", "andrzej", "angus", "anil",
    "antoine", "anton", "armando", "arnold", "arturo", "ashok", "august", "axel", "ayodele", "barry",
    "bart", "benedict", "benoit", "bernardo", "bilal", "bjorn", "bogdan", "bradley", "brendan", "brett",
    "bruno", "burak", "callum", "calvin", "cameron", "carlo", "cedric", "cesar", "chad", "charlie", "chidi",
    "chinedu", "christoph", "claude", "clement", "clifford", "conor", "cristian", "curtis", "cyril",
    "darius", "dariusz", "declan", "denis", "derek", "desmond", "dieter", "dimitri", "dimitris", "dirk",
    "dmitri", "domenico", "don", "donovan", "dragan", "duane", "dwight", "edgar", "edmund", "eduardo",
    "edwin", "elias", "elijah", "elliot", "emil", "emile", "emilio", "emre", "enzo", "ethan", "etienne",
    "eugene", "fabian", "fabio", "farid", "federico", "felipe", "felix", "filip", "finn", "florian",
    "floyd", "francois", "franz", "fraser", "friedrich", "gabriel", "gareth", "gavin", "geoffrey", "gerard",
    "gerhard", "gilbert", "giuseppe", "glen", "glenn", "gordon", "grant", "guillaume", "gunnar", "gustavo",
    "guy", "hakan", "hamza", "harold", "harvey", "hector", "heinrich", "helmut", "herbert", "hiroshi",
    "hugh", "ivo", "jacques", "jakob", "jamal", "jared", "jasper", "javed", "jens", "jesse", "jesus",
    "joachim", "joao", "jonas", "jordi", "jurgen", "kai", "kamal", "karim", "kazuo", "keir", "kemal",
    "kenji", "khaled", "kieran", "kofi", "konrad", "kwame", "lamar", "lance", "larry", "laurent",
    "lawrence", "leon", "leonardo", "leroy", "lewis", "lionel", "lorenzo", "lucio", "ludwig", "luka",
    "lukas", "magnus", "malcolm", "manuel", "marcel", "marek", "marius", "mathieu", "matteo", "matthias",
    "maurice", "mauricio", "maxim", "mehmet", "milan", "miles", "milos", "mohammad", "moses", "murray",
    "mustafa", "nabil", "nasser", "neville", "niall", "niklas", "nikolai", "nikos", "nils", "noah",
    "norman", "olaf", "oleg", "olusegun", "osman", "otto", "pascal", "patrice", "pavel", "pieter", "piotr",
    "quentin", "rainer", "ramesh", "ravi", "reginald", "reza", "ricky", "robin", "rolf", "roman", "rory",
    "rudolf", "rupert", "sanjay", "santiago", "sasha", "sebastien", "sergey", "shane", "shaun", "sidney",
    "silvio", "sipho", "stanislav", "stanley", "sunil", "sven", "tariq", "terence", "theo", "theodore",
    "thierry", "tobias", "tomasz", "troy", "tyler", "umar", "uwe", "vasily", "vicente", "viktor", "vincent",
    "vinod", "wade", "warren", "werner", "wesley", "wilhelm", "winston", "wojciech", "wolfgang", "xavier",
    "yannick", "yaw", "yevgeny", "yuri", "yves", "zoltan",
];

#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abigail", "ada", "adriana", "agnes", "aisha", "alice", "alicia", "alison", "amanda", "amber", "amelia", "amy",
    "ana", "andrea", "angela", "angelina", "anita", "ann", "anna", "anne", "annie", "antonia", "barbara", "beatriz",
    "betty", "beverly", "brenda", "bridget", "carla", "carmen", "carol", "caroline", "catherine", "cecilia",
    "charlotte", "chelsea", "cheryl", "christina", "christine", "claire", "clara", "claudia", "cynthia", "dana",
    "daniela", "deborah", "denise", "diana", "diane", "donna", "dora", "doris", "dorothy", "elena", "elizabeth",
    "ella", "ellen", "elsa", "emily", "emma", "erin", "eva", "eve", "fatima", "fiona", "frances", "gabriela",
    "gina", "grace", "hannah", "heather", "heidi", "helen", "helena", "hillary", "ingrid", "irene", "isabel",
    "isabella", "jacqueline", "jane", "janet", "janice", "jasmine", "jean", "jennifer", "jessica", "jill", "joan",
    "joanna", "josephine", "joy", "judith", "judy", "julia", "julie", "karen", "kate", "katherine", "kathleen",
    "kathryn", "katie", "kelly", "kim", "kimberly", "laura", "lauren", "leila", "linda", "lisa", "lucia", "lucy",
    "lydia", "lynn", "madeleine", "maggie", "margaret", "maria", "marie", "marina", "marisa", "marta", "martha",
    "mary", "megan", "melania", "melissa", "michelle", "mila", "miriam", "monica", "nadia", "nancy", "natalia",
    "natalie", "nicola", "nicole", "nina", "olga", "olivia", "pamela", "patricia", "paula", "pauline", "rachel",
    "rebecca", "renee", "rita", "rosa", "rose", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon",
    "shirley", "silvia", "sofia", "sonia", "sophie", "stephanie", "susan", "suzanne", "tanya", "teresa", "theresa",
    "tina", "tracy", "valerie", "vanessa", "vera", "victoria", "virginia", "wendy", "yasmin", "yvonne", "zoe",
    "abby", "adaeze", "adele", "adeline", "agata", "agnieszka", "aileen", "aimee", "alba", "alejandra",
    "alessandra", "alexandra", "alexis", "alina", "alma", "amal", "amara", "amina", "amira", "anastasia",
    "anastasiya", "angelica", "anja", "anke", "annabel", "anneke", "annette", "antje", "anya", "ariane",
    "astrid", "audrey", "aurelie", "ayesha", "beata", "beatrice", "belinda", "bernadette", "bettina",
    "bianca", "birgit", "bonnie", "brigitte", "camille", "candice", "carina", "carly", "carolina",
    "cassandra", "catalina", "celine", "chantal", "chiara", "chloe", "christa", "colette", "constance",
    "cora", "corinne", "cristina", "dagmar", "daisy", "daphne", "dawn", "delia", "delphine", "dolores",
    "dominika", "edith", "eileen", "elaine", "eleanor", "eleni", "elise", "eliza", "elke", "eloise",
    "elsie", "emilia", "emine", "esther", "eugenia", "eunice", "evelyn", "fatma", "felicity", "florence",
    "francesca", "freya", "gemma", "genevieve", "georgia", "geraldine", "gertrude", "gillian", "giulia",
    "gloria", "greta", "gwen", "gwendolyn", "halima", "harriet", "hazel", "hilda", "hiroko", "ilse",
    "imani", "imogen", "ines", "iris", "isabelle", "ivana", "jana", "jeanne", "jenny", "jolanta", "joyce",
    "juliana", "julianne", "juliet", "justine", "karin", "karina", "katarina", "katarzyna", "katja",
    "katrin", "kerstin", "kirsten", "lara", "larissa", "laurence", "leah", "lena", "leticia", "liesl",
    "lilian", "liliana", "lily", "lina", "liv", "lorena", "lorraine", "louisa", "louise", "luciana",
    "lucinda", "luisa", "magdalena", "maja", "malgorzata", "manon", "margarita", "margot", "mariam",
    "mariana", "marianne", "marion", "marjorie", "marlene", "martina", "matilda", "maureen", "maxine",
    "mei", "melanie", "mercedes", "mia", "mildred", "miranda", "mireille", "mona", "monique", "muriel",
    "nadine", "naomi", "natasha", "nathalie", "nell", "nora", "norah", "odile", "ophelia", "paloma",
    "patrizia", "penelope", "petra", "philippa", "phoebe", "pilar", "polly", "priya", "priyanka", "rania",
    "raquel", "regina", "rhiannon", "roberta", "rosalind", "rosemary", "roxana", "sabine", "sabrina",
    "sadia", "sakura", "salma", "selina", "serena", "shannon", "sheila", "sigrid", "simone", "siobhan",
    "sonja", "stella", "svetlana", "sylvia", "tamara", "tatiana", "teodora", "thea", "ursula", "valentina",
    "valeria", "veronica", "viola", "violet", "vivian", "wanda", "wilhelmina", "ximena", "yolanda", "yuki",
    "yulia", "zainab", "zara", "zeynep", "zofia",
];

/// The gender the lower-case given name usually signals, if it is common
/// enough to be listed.
pub fn gender(lower: &str) -> Option<NameGender> {
    static MALE_SET: WordSet = WordSet::new(MALE);
    static FEMALE_SET: WordSet = WordSet::new(FEMALE);
    if MALE_SET.contains(lower) {
        Some(NameGender::Male)
    } else if FEMALE_SET.contains(lower) {
        Some(NameGender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lower_case_and_disjoint() {
        for w in MALE.iter().chain(FEMALE) {
            assert_eq!(w.to_lowercase(), *w);
        }
        // "jean" is both; the first list wins, which is acceptable.
        assert_eq!(gender("elena"), Some(NameGender::Female));
        assert_eq!(gender("vladimir"), Some(NameGender::Male));
        assert_eq!(gender("zyx"), None);
        for w in MALE {
            assert_eq!(gender(w), Some(NameGender::Male));
        }
        for w in FEMALE.iter().filter(|w| !MALE.contains(w)) {
            assert_eq!(gender(w), Some(NameGender::Female));
        }
    }
}
