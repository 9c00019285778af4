//! Common given names and the gender they usually signal, so that "he" and
//! "she" find the right person before the article has used a pronoun for
//! them. A name missing here simply leaves the gender open.

use crate::lexicon::{WordList, WordSet};

/// The gender a given name usually signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    /// Usually a man's name.
    Male,
    /// Usually a woman's name.
    Female,
}

const MALE: WordList = WordList(
    "aaron abdul abdullah abel abraham adam adebayo adil adrian ahmad ahmed aidan akira alain \
     alan alastair albert alberto aldo aled alejandro aleksandr alex alexander alexei alfonso \
     alfred ali alistair alvaro amir amit anders andre andreas andrei andres andrew andrzej \
     angelo angus anil anthony antoine anton antonio arjun armando arnold arthur arturo ashok \
     august axel ayodele barack barry bart ben benedict benjamin benoit bernard bernardo bernie \
     bilal bill bjorn bob bogdan boris brad bradley brandon brendan brett brian bruce bruno bryn \
     burak callum calvin cameron carl carlo carlos cedric cesar chad charles charlie chidi \
     chinedu chris christian christoph christopher chuck cian ciaran claude clement clifford \
     colin colm conor cormac craig cristian curtis cyril dafydd dale dan daniel darius dariusz \
     darragh darren dave david declan denis dennis derek dermot desmond diarmuid diego dieter \
     dimitri dimitris dirk dmitri dmitry domenico dominic don donald donovan doug douglas dragan \
     duane duncan dwight dylan eddie edgar edmund eduardo edward edwin elias elijah elliot emeka \
     emil emile emilio emmanuel emre emyr enrique enzo eoin eric erik ernesto ethan etienne euan \
     eugene evan fabian fabio farid federico felipe felix ferenc fergal fernando filip finn fionn \
     florian floyd francis francisco francois frank franz fraser fred friedrich gabor gabriel \
     gareth gary gavin geoffrey george gerald gerard gerhard gethin gilbert giorgio giovanni \
     giuseppe glen glenn gonzalo gordon graham grant greg gregory guillaume gunnar gustavo guy \
     hakan hamid hamish hamza hans harold harry harvey hassan hector heinrich helmut henrik henry \
     herbert hiroshi howard hugh hugo hussein huw ian ibrahim igor istvan ivan ivo iwan jack \
     jacob jacques jake jakob jamal james jamie jan jared jason jasper javed javier jay jean jeb \
     jeff jeffrey jens jeremy jerry jesse jesus jim jimmy jiri joachim joao joe joel johan john \
     johnny jon jonas jonathan joost jordi jorge jose joseph josh joshua juan julian jurgen \
     justin kai kamal karim karl kazuo keir keith kemal ken kenji kenneth kevin khaled khalid \
     kieran klaus kofi konrad krzysztof kurt kwame lamar lance larry lars laszlo laurent lawrence \
     lee leo leon leonard leonardo leroy lewis liam lionel lorcan lorenzo louis lucas lucio \
     ludwig luis luka lukas luke magnus malcolm manuel marc marcel marco marcus marek mario \
     marius mark martin mateo mathieu mats matt matteo matthew matthias mattias maurice mauricio \
     max maxim mehdi mehmet michael miguel mike mikhail milan miles milos mitch mohamed mohammad \
     mohammed moses muhammad murray mustafa nabil nasser nathan neil neville niall nicholas nick \
     nigel niklas nikolai nikos nils noah norman oisin olaf oleg oliver olusegun omar ondrej \
     oscar osman otto owain owen pablo padraig pascal patrice patrick paul pavel pedro peter phil \
     philip pierre pieter piotr quentin rafael rahul rainer rajesh ralph ramesh ramon randy raul \
     ravi ray raymond reginald reza rhys ricardo richard rick ricky rob robert roberto robin \
     rodrigo roger rolf roman ron ronald ronan rory ross roy rudolf rupert russell ryan salman \
     sam samuel sanjay santiago sasha scott seamus sean sebastian sebastien sergei sergey sergio \
     seth shane shaun sidney silvio simon sipho stanislav stanley stefan stephen steve steven \
     stuart sunil sven tadhg tariq ted terence terry theo theodore thierry thomas tim timothy \
     tobias todd tom tomas tomasz tony torsten travis trevor troy tunde tyler umar uwe vasily \
     vicente victor vikram viktor vincent vinod vladimir wade walter warren wayne werner wesley \
     wilhelm william willie wim winston wojciech wolfgang xavier yannick yaw yevgeny yuri yusuf \
     yves zach zoltan",
);

const FEMALE: WordList = WordList(
    "abby abigail ada adaeze adele adeline adriana agata agnes agnieszka aileen aimee aisha \
     aisling alba alejandra alessandra alexandra alexis alice alicia alina alison alma amal \
     amanda amara amber amelia amina amira amy ana ananya anastasia anastasiya andrea angela \
     angelica angelina anita anja anke ann anna annabel anne anneke annette annie annika antje \
     antonia anya aoife ariane astrid audrey aurelie ayesha barbara beata beatrice beatriz \
     belinda bernadette bethan bettina betty beverly bianca birgit bonnie brenda bridget brigitte \
     camille candice caoimhe carina carla carly carmen carol carolina caroline cassandra catalina \
     catherine catriona cecilia celine cerys chantal charlotte chelsea cheryl chiara chioma chloe \
     christa christina christine ciara claire clara claudia clodagh colette constance cora \
     corinne cristina cynthia dagmar daisy dana daniela daphne dawn deborah deepa deirdre delia \
     delphine denise diana diane dolores dominika donna dora doris dorothy edith eileen eilidh \
     eimear elaine eleanor elena eleni elise eliza elizabeth elke ella ellen eloise elsa elsie \
     emilia emily emine emma erin esther eugenia eunice eva eve evelyn fatima fatma felicity \
     ffion fiona florence frances francesca freya gabriela gemma genevieve georgia geraldine \
     gertrude gillian gina giulia gloria grace grainne greta gwen gwendolyn halima hannah hanne \
     harriet hazel heather heidi heike helen helena hermione hilda hillary hiroko ildiko ilse \
     imani imogen ines ingrid irene iris isabel isabella isabelle ivana jacqueline jana jane \
     janet janice jasmine jean jeanne jennifer jenny jessica jill joan joana joanna jolanta \
     josephine joy joyce judith judy julia juliana julianne julie juliet justine karen karin \
     karina katalin katarina katarzyna kate katherine kathleen kathryn katie katja katrin kelly \
     kerstin kim kimberly kirsten lara larissa laura lauren laurence leah leila lena leticia \
     liesl lilian liliana lily lina linda lisa liv lorena lorraine louisa louise lucia luciana \
     lucinda lucy luisa lydia lynn madeleine maeve magdalena maggie mairi maja malgorzata manon \
     margaret margarita margot maria mariam mariana marianne marie marina marion marisa marisol \
     marjorie marlene marta martha martina mary matilda maureen maxine megan mei melania melanie \
     melissa mercedes mia michelle mila mildred miranda mireille miriam moira mona monica monique \
     morag muriel nadia nadine nancy naomi natalia natalie natasha nathalie nell ngozi nia niamh \
     nicola nicole nina nora norah odile olga olivia ophelia orla paloma pamela patricia patrizia \
     paula pauline penelope petra philippa phoebe pilar polly priya priyanka rachel rania raquel \
     rebecca regina renata renee rhiannon rita roberta roisin rosa rosalind rose rosemary roxana \
     ruth sabine sabrina sadia sakura sally salma samantha sandra saoirse sara sarah selina \
     serena shannon sharon sheila shirley sigrid silvia simone sinead siobhan sioned sofia \
     solveig sonia sonja sophie stella stephanie sunita susan suzanne svetlana sylvia tamara \
     tamsin tanya tatiana teodora teresa thea theresa tina tracy ursula ute valentina valeria \
     valerie vanessa vera veronica victoria viola violet virginia vivian wanda wendy wilhelmina \
     ximena yasmin yolanda yuki yulia yvonne zainab zara zeynep zoe zofia zuzana",
);

/// The gender the lower-case given name usually signals, if it is common
/// enough to be listed.
pub fn gender(lower: &str) -> Option<NameGender> {
    static MALE_SET: WordSet = WordSet::new(MALE);
    static FEMALE_SET: WordSet = WordSet::new(FEMALE);
    // The lists are written without accents: "José", "Lucía" and "Zoë"
    // are asked for as "jose", "lucia" and "zoe".
    let plain;
    let w = if lower.is_ascii() {
        lower
    } else {
        plain = unaccented(lower);
        &plain
    };
    if MALE_SET.contains(w) {
        Some(NameGender::Male)
    } else if FEMALE_SET.contains(w) {
        Some(NameGender::Female)
    } else {
        None
    }
}

/// For each letter from U+00E0 ("à") to U+017F, the plain letter it is
/// written with when its accent is taken off ("_": none, as for "æ").
const PLAIN: &[u8; 160] = b"\
    aaaaaa_ceeeeiiii_nooooo_ouuuuy_y\
    aaaaaaccccccccddddeeeeeeeeeegggg\
    gggghh__iiiiiiiiii__jjkk_llllll_\
    _llnnnnnn___oooooo__rrrrrrssssss\
    sstttt__uuuuuuuuuuuuwwyyyzzzzzz_";

/// `lower` with the accents of Latin letters taken off: "łódź" is "lodz".
fn unaccented(lower: &str) -> String {
    lower
        .chars()
        .map(
            |c| match (c as usize).checked_sub(0xE0).and_then(|i| PLAIN.get(i)) {
                Some(&p) if p != b'_' => char::from(p),
                _ => c,
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lower_case_and_disjoint() {
        for w in MALE.iter().chain(FEMALE) {
            assert_eq!(w.to_lowercase(), *w);
            assert!(w.is_ascii(), "{w}: the lists are written without accents");
        }
        // "jean" is both; the first list wins, which is acceptable.
        assert_eq!(gender("elena"), Some(NameGender::Female));
        assert_eq!(gender("vladimir"), Some(NameGender::Male));
        assert_eq!(gender("zyx"), None);
        assert_eq!(gender("josé"), Some(NameGender::Male));
        assert_eq!(gender("lucía"), Some(NameGender::Female));
        assert_eq!(gender("zoë"), Some(NameGender::Female));
        assert_eq!(unaccented("łódź"), "lodz");
        for w in MALE {
            assert_eq!(gender(w), Some(NameGender::Male));
        }
        for w in FEMALE.iter().filter(|w| !MALE.contains(w)) {
            assert_eq!(gender(w), Some(NameGender::Female));
        }
    }
}
