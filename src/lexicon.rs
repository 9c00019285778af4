//! The word lists the rules are made of: reporting verbs, titles, pronouns,
//! organisation and group nouns, contrast markers.
//!
//! Every list is plain data, to be read and extended by people who know
//! journalism's language; nothing here names a person, place or article. All
//! entries are lower-case ASCII; [`lower`] folds a token for lookup.

use crate::case;
use crate::hash::FxHashSet;
use crate::model::CueCategory;
use crate::vocab::{hash, key_of, FormId, Key, Vocab, MAX_FORM};
use std::sync::OnceLock;

/// A word list, written as one string of words separated by white space:
/// `WordList("mr mrs ms")`.
///
/// Lists are kept so, not as slices of strings, because in the WebAssembly
/// package each entry of a slice costs a pointer and a length beside its
/// text: written as strings, the lists made the package 6.2 KB smaller
/// gzipped (191,128 to 184,891 B, with the lists asked often made
/// [`WordSet`]s).
#[derive(Clone, Copy, Debug)]
pub struct WordList(pub &'static str);

impl WordList {
    /// The words, in the order written.
    pub fn iter(self) -> std::str::SplitAsciiWhitespace<'static> {
        self.0.split_ascii_whitespace()
    }

    /// Whether `word` is one of the words: a whole word, never a part of
    /// one. A linear scan, for short lists and rare questions; a
    /// [`WordSet`] answers the frequent ones.
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }

    /// The length in bytes of the longest word.
    pub const fn longest(self) -> usize {
        let bytes = self.0.as_bytes();
        let (mut longest, mut run, mut k) = (0, 0, 0);
        while k < bytes.len() {
            run = if bytes[k].is_ascii_whitespace() {
                0
            } else {
                run + 1
            };
            if run > longest {
                longest = run;
            }
            k += 1;
        }
        longest
    }
}

impl IntoIterator for WordList {
    type Item = &'static str;
    type IntoIter = std::str::SplitAsciiWhitespace<'static>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A hash set of a word table, built on first use: a lookup costs one hash
/// of the word, not a comparison with every entry. Most words asked about
/// are in no list, so a bit per length and first letter, and one per
/// length and last letter, turn them away before the hash.
pub(crate) struct WordSet {
    words: WordList,
    set: OnceLock<(FxHashSet<&'static str>, Shapes)>,
}

impl WordSet {
    pub(crate) const fn new(words: WordList) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        let (set, starts) = self
            .set
            .get_or_init(|| (self.words.iter().collect(), shapes_of(self.words)));
        may_hold(starts, word) && set.contains(word)
    }
}

/// For each length (31 for longer), a bit per first byte modulo 32 of the
/// words of a list, and a bit per last byte: see [`may_hold`].
struct Shapes {
    first: [u32; 32],
    last: [u32; 32],
}

/// The [`Shapes`] of `words`.
fn shapes_of<'w>(words: impl IntoIterator<Item = &'w str>) -> Shapes {
    let mut shapes = Shapes {
        first: [0; 32],
        last: [0; 32],
    };
    for w in words {
        if let (Some(&f), Some(&l)) = (w.as_bytes().first(), w.as_bytes().last()) {
            shapes.first[w.len().min(31)] |= 1 << (f & 31);
            shapes.last[w.len().min(31)] |= 1 << (l & 31);
        }
    }
    shapes
}

/// False when no word of the list `shapes` was made from has the length
/// and first letter of `word` (or another first byte equal to it modulo
/// 32), or its length and last letter: most words asked about are in no
/// list, and this turns them away before a hash. The empty word is always
/// a candidate.
#[inline]
fn may_hold(shapes: &Shapes, word: &str) -> bool {
    match (word.as_bytes().first(), word.as_bytes().last()) {
        (Some(&f), Some(&l)) => {
            let n = word.len().min(31);
            shapes.first[n] & 1 << (f & 31) != 0 && shapes.last[n] & 1 << (l & 31) != 0
        }
        _ => true,
    }
}

/// How a reporting verb takes its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// "said (that) …": the content is a clause after the verb.
    Clause,
    /// "told reporters (that) …", "warned investors that …": an addressee may
    /// stand between the verb and the clause.
    Tell,
    /// "accused X of …", "dubbed X as …", "denied the allegation": the object
    /// belongs to the content, which runs from the word after the verb.
    Object,
}

/// What the lexicon knows of one reporting-verb form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueVerb {
    /// The verb's base form ("say" for "said").
    pub lemma: &'static str,
    /// What the verb says the speaker did.
    pub category: CueCategory,
    /// How it takes its content.
    pub frame: Frame,
    /// True when the form is the "-ing" participle ("saying", "insisting").
    pub participle: bool,
    /// True when the verb reports speech only with a marker after it ("that",
    /// a colon or a quote) or in trailing position: "added 18%" and "found a
    /// way" are not attributions, "added that" and "found that" are.
    pub needs_marker: bool,
    /// True when its content may be an infinitive: "vowed to repeal the
    /// law", "hopes to win Iowa" (see [`takes_infinitive`]).
    pub infinitive: bool,
    /// True for the verbs only wide attributions read (`WIDE_VERBS`).
    pub wide: bool,
}

use CueCategory::*;
use Frame::*;

/// Reporting verbs: base form, category, frame, needs a marker, and every
/// inflected form (base, 3rd person, past, participle, past participle).
#[rustfmt::skip]
const VERBS: &[(&str, CueCategory, Frame, bool, &str)] = &[
    ("say", Assert, Clause, false, "say says said saying"),
    ("state", Assert, Clause, false, "stated stating"),
    ("state", Assert, Clause, true, "state states"),
    ("tell", Assert, Tell, false, "tells told telling"),
    ("tell", Assert, Tell, true, "tell"),
    ("add", Assert, Clause, true, "add adds added adding"),
    ("note", Assert, Clause, false, "noted noting"),
    ("note", Assert, Clause, true, "note notes"),
    ("explain", Assert, Tell, true, "explain explains explained explaining"),
    ("write", Assert, Tell, true, "write writes wrote writing written"),
    ("post", Assert, Clause, true, "post posts posted posting"),
    // "She captioned the photo: '…'"
    ("caption", Assert, Clause, true, "caption captions captioned captioning"),
    ("tweet", Assert, Clause, false, "tweeted tweeting"),
    ("tweet", Assert, Clause, true, "tweet tweets"),
    ("announce", Assert, Clause, false, "announces announced announcing"),
    ("announce", Assert, Clause, true, "announce"),
    ("propose", Assert, Clause, false, "proposed proposes proposing"),
    ("tout", Assert, Clause, false, "touted touts touting"),
    ("echo", Assert, Object, true, "echoed echoes echoing"),
    ("report", Assert, Clause, true, "report reports reported reporting"),
    // A question a speaker asks: marked by its quote or a wh-word.
    ("ask", Assert, Tell, true, "ask asks asked asking"),
    ("wonder", Assert, Clause, true, "wonder wonders wondered"),
    ("declare", Assert, Clause, true, "declare declares declared declaring"),
    ("confirm", Assert, Clause, true, "confirm confirms confirmed confirming"),
    ("reveal", Assert, Clause, true, "reveal reveals revealed revealing"),
    ("claim", Assert, Clause, false, "claimed claiming"),
    ("claim", Assert, Clause, true, "claim claims"),
    ("assert", Assert, Clause, false, "assert asserts asserted asserting"),
    ("argue", Assert, Clause, false, "argue argues argued arguing"),
    ("contend", Assert, Clause, false, "contend contends contended contending"),
    ("suggest", Assert, Clause, true, "suggest suggests suggested suggesting"),
    ("recommend", Assert, Clause, true, "recommend recommends recommended recommending"),
    ("indicate", Assert, Clause, true, "indicate indicates indicated indicating"),
    ("point out", Assert, Clause, false, "point points pointed pointing"),
    ("stress", Assert, Clause, true, "stress stresses stressed stressing"),
    ("emphasise", Assert, Clause, true, "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing"),
    ("observe", Assert, Clause, true, "observe observes observed observing"),
    ("remark", Assert, Clause, true, "remark remarks remarked remarking"),
    ("comment", Assert, Clause, true, "comment comments commented commenting"),
    ("mention", Assert, Clause, true, "mention mentions mentioned mentioning"),
    ("recall", Assert, Clause, true, "recall recalls recalled recalling"),
    ("continue", Assert, Clause, true, "continued"),
    ("rule", Assert, Clause, true, "rule rules ruled ruling"),
    ("find", Assert, Clause, true, "find finds found finding"),
    ("conclude", Assert, Clause, true, "conclude concludes concluded concluding"),
    ("estimate", Predict, Clause, true, "estimate estimates estimated estimating"),
    ("show", Assert, Clause, true, "show shows showed shown showing"),
    ("testify", Assert, Clause, false, "testify testifies testified testifying"),
    ("submit", Assert, Clause, true, "submit submits submitted submitting"),
    ("inform", Assert, Tell, true, "inform informs informed informing"),
    ("assure", Assert, Tell, false, "assure assures assured assuring"),
    ("remind", Assert, Tell, true, "remind reminds reminded reminding"),
    ("agree", Concede, Clause, true, "agree agrees agreed agreeing"),
    ("allege", Accuse, Clause, false, "allege alleges alleged alleging"),
    ("accuse", Accuse, Object, false, "accuse accuses accused accusing"),
    ("blame", Accuse, Object, false, "blame blames blamed blaming"),
    ("charge", Accuse, Clause, true, "charged charges"),
    ("complain", Criticise, Clause, false, "complain complains complained complaining"),
    ("criticise", Criticise, Object, false, "criticise criticises criticised criticising criticize criticizes criticized criticizing"),
    ("condemn", Criticise, Object, false, "condemn condemns condemned condemning"),
    ("slam", Criticise, Object, false, "slam slams slammed slamming"),
    ("blast", Criticise, Object, false, "blast blasts blasted blasting"),
    ("attack", Criticise, Object, true, "attacked"),
    ("call", Criticise, Object, false, "called calling"),
    ("call", Criticise, Object, true, "call calls"),
    ("dub", Criticise, Object, false, "dub dubs dubbed dubbing"),
    ("describe", Criticise, Object, false, "describe describes described describing"),
    ("label", Criticise, Object, false, "label labels labelled labeled labelling labeling"),
    ("brand", Criticise, Object, false, "brand brands branded branding"),
    ("characterise", Criticise, Object, false, "characterised characterized characterises characterizes"),
    ("praise", Assert, Object, false, "praised praises praising"),
    // Taking a side or voicing a feeling reports a stance: "endorsed Trump",
    // "expressed concern that …".
    ("endorse", Assert, Object, false, "endorsed endorses"),
    ("express", Assert, Object, false, "expressed expresses expressing"),
    ("defend", Insist, Object, false, "defended defends defending"),
    ("cite", Assert, Object, false, "cited cites citing"),
    ("deny", Deny, Object, false, "deny denies denied denying"),
    ("reject", Deny, Object, false, "reject rejects rejected rejecting"),
    ("dismiss", Deny, Object, false, "dismiss dismisses dismissed dismissing"),
    ("dispute", Deny, Object, false, "dispute disputes disputed disputing"),
    ("refute", Deny, Object, false, "refute refutes refuted refuting"),
    ("rebut", Deny, Object, false, "rebut rebuts rebutted rebutting"),
    ("contradict", Deny, Object, false, "contradict contradicts contradicted contradicting"),
    ("counter", Deny, Clause, false, "counter counters countered countering"),
    ("disagree", Deny, Object, false, "disagree disagrees disagreed disagreeing"),
    ("challenge", Deny, Object, true, "challenged"),
    ("question", Deny, Object, false, "questioned questioning"),
    ("respond", Respond, Clause, true, "responded responding"),
    ("respond", Respond, Clause, true, "respond responds"),
    ("reply", Respond, Clause, true, "reply replies replied replying"),
    // Past forms only: "the answer", "answers to" are nouns.
    ("answer", Respond, Clause, true, "answered"),
    ("retort", Deny, Clause, false, "retort retorts retorted retorting"),
    ("insist", Insist, Clause, false, "insist insists insisted insisting"),
    ("maintain", Insist, Clause, true, "maintain maintains maintained maintaining"),
    ("warn", Warn, Tell, false, "warn warns warned warning"),
    ("caution", Warn, Tell, true, "caution cautions cautioned cautioning"),
    ("concede", Concede, Clause, false, "concede concedes conceded conceding"),
    ("admit", Concede, Clause, false, "admit admits admitted admitting"),
    ("acknowledge", Concede, Clause, false, "acknowledge acknowledges acknowledged acknowledging"),
    ("accept", Concede, Clause, true, "accept accepts accepted accepting"),
    ("predict", Predict, Clause, false, "predict predicts predicted predicting"),
    ("forecast", Predict, Clause, true, "forecast forecasts forecasted forecasting"),
    ("promise", Predict, Tell, true, "promise promises promised promising"),
    ("pledge", Predict, Clause, true, "pledge pledges pledged pledging"),
    ("vow", Predict, Clause, true, "vow vows vowed vowing"),
    ("believe", Belief, Clause, false, "believe believes believed believing"),
    ("think", Belief, Clause, true, "think thinks thought thinking"),
    ("fear", Belief, Clause, true, "fear fears feared fearing"),
    ("worry", Belief, Clause, true, "worry worries worried worrying"),
    ("hope", Belief, Clause, true, "hope hopes hoped hoping"),
    ("know", Belief, Clause, true, "know knows knew known"),
    ("learn", Belief, Clause, true, "learn learns learned learnt"),
    ("expect", Predict, Clause, true, "expect expects expected expecting"),
    ("feel", Belief, Clause, true, "feel feels felt"),
    ("suspect", Belief, Clause, true, "suspect suspects suspected"),
    ("doubt", Belief, Clause, true, "doubt doubts doubted"),
    ("reiterate", Insist, Clause, false, "reiterate reiterates reiterated reiterating"),
    ("repeat", Insist, Clause, true, "repeated repeats"),
    ("quip", Assert, Clause, false, "quip quips quipped quipping"),
    ("joke", Assert, Clause, true, "joked jokes joking"),
    ("boast", Assert, Clause, false, "boast boasts boasted boasting"),
    ("brag", Assert, Clause, false, "brag brags bragged bragging"),
    ("lament", Criticise, Clause, false, "lament laments lamented lamenting"),
    ("grumble", Criticise, Clause, false, "grumble grumbles grumbled grumbling"),
    ("gripe", Criticise, Clause, false, "griped gripes griping"),
    ("scoff", Criticise, Clause, false, "scoffed scoffs scoffing"),
    ("mock", Criticise, Object, false, "mocked mocks mocking"),
    ("ridicule", Criticise, Object, false, "ridiculed ridicules ridiculing"),
    ("deride", Criticise, Object, false, "derided derides deriding"),
    ("denounce", Criticise, Object, false, "denounce denounces denounced denouncing"),
    ("decry", Criticise, Object, false, "decried decries decrying"),
    ("lambast", Criticise, Object, false, "lambasted lambastes lambasting lambast"),
    ("chide", Criticise, Object, false, "chided chides chiding"),
    ("scold", Criticise, Object, false, "scolded scolds scolding"),
    ("hail", Assert, Object, true, "hailed hails"),
    ("confess", Concede, Clause, false, "confess confesses confessed confessing"),
    ("underscore", Assert, Clause, true, "underscored underscores underscoring"),
    ("reaffirm", Insist, Clause, true, "reaffirmed reaffirms reaffirming"),
    ("clarify", Assert, Clause, true, "clarified clarifies clarifying"),
    ("advise", Assert, Tell, true, "advised advises advising"),
    ("signal", Assert, Clause, true, "signaled signalled signals signaling signalling"),
    ("hint", Assert, Clause, true, "hinted hints hinting"),
    ("imply", Assert, Clause, true, "implied implies implying"),
    ("insinuate", Accuse, Clause, false, "insinuated insinuates insinuating"),
    ("proclaim", Assert, Clause, false, "proclaim proclaims proclaimed proclaiming"),
    ("exclaim", Assert, Clause, false, "exclaimed exclaims exclaiming"),
    // Voice verbs: speech only with a quote or "that", or trailing one.
    ("shout", Assert, Clause, true, "shout shouts shouted shouting"),
    ("yell", Assert, Clause, true, "yell yells yelled yelling"),
    ("scream", Assert, Clause, true, "scream screams screamed screaming"),
    ("chant", Assert, Clause, true, "chant chants chanted chanting"),
    ("whisper", Assert, Clause, true, "whisper whispers whispered whispering"),
    ("sing", Assert, Clause, true, "sing sings sang singing"),
    // "the letter reads", "a sign read: …": a message's words.
    ("read", Assert, Clause, true, "reads read"),
    ("swear", Insist, Clause, true, "swore swears sworn"),
    ("reassure", Assert, Tell, false, "reassured reassures reassuring"),
    ("project", Predict, Clause, true, "projected projects"),
    ("speculate", Belief, Clause, false, "speculate speculates speculated speculating"),
    ("surmise", Belief, Clause, false, "surmised surmises"),
    ("disclose", Assert, Clause, true, "disclosed discloses disclosing"),
    ("concur", Concede, Clause, false, "concurred concurs"),
    ("demand", Accuse, Clause, true, "demanded demands demanding"),
    ("urge", Assert, Object, true, "urged urges urging"),
    ("recount", Assert, Clause, true, "recounted recounts recounting"),
    ("muse", Assert, Clause, false, "mused muses musing"),
    ("opine", Assert, Clause, false, "opined opines opining"),
    ("want", Belief, Clause, true, "want wants wanted"),
    ("plan", Predict, Clause, true, "plans planned"),
    ("intend", Predict, Clause, true, "intend intends intended"),
    ("threaten", Warn, Clause, true, "threaten threatens threatened threatening"),
    ("seek", Predict, Clause, true, "seeks sought"),
    ("hit back", Respond, Clause, false, "hit hits hitting"),
    ("shoot back", Respond, Clause, false, "shot shoots shooting"),
    ("push back", Deny, Clause, false, "pushed pushes pushing"),
    ("fire back", Respond, Clause, false, "fired fires firing"),
    ("cast doubt", Deny, Clause, false, "cast casts casting"),
];

/// An entry of [`WIDE_VERBS`].
type WideVerb = (&'static str, CueCategory, Frame, bool, bool, &'static str);

/// What PolNeAR counts as an attribution and ANNOTATION.md does not, read
/// only by an annotator asked for wide attributions (see
/// [`crate::Annotator::wide_attributions`]): a commitment or a refusal
/// ("agreed to release the funds", "declined to comment", "decided to
/// close the pool"), opposition ("opposed the plan"), an order ("ordered
/// the city to reopen the shelter"), a mention of,
/// an attack on, thanks for or a lament over something named ("mentioned
/// climate change", "attacked Clinton for …", "thanked the volunteers",
/// "bemoaned the delays", "downplayed the risk"), what one refers to,
/// speaks or talks about, lays out, rails against, invokes, highlights,
/// offers, encourages or likens to something else ("referring to the
/// bridge"). Base form, category, frame, needs a marker, takes an
/// infinitive, forms; a form here comes before its entry in [`VERBS`].
#[rustfmt::skip]
#[cfg(not(target_arch = "wasm32"))]
const WIDE_VERBS: &[WideVerb] = &[
    ("agree", Predict, Clause, true, true, "agree agrees agreed agreeing"),
    ("refuse", Assert, Clause, true, true, "refuse refuses refused refusing"),
    ("decline", Assert, Clause, true, true, "decline declines declined declining"),
    ("attack", Criticise, Object, false, false, "attacked"),
    ("mention", Assert, Object, false, false, "mentioned"),
    ("discuss", Assert, Object, false, false, "discussed discusses discussing"),
    ("bemoan", Criticise, Object, false, false, "bemoaned bemoans bemoaning"),
    ("thank", Assert, Object, false, false, "thanked thanking"),
    ("reference", Assert, Object, false, false, "referenced referencing"),
    ("downplay", Deny, Object, false, false, "downplayed downplays downplaying"),
    ("refer to", Assert, Object, false, false, "refer refers referred referring"),
    ("speak about", Assert, Object, false, false, "speak speaks spoke speaking spoken"),
    ("lay out", Assert, Object, false, false, "laid lays laying"),
    ("talk about", Assert, Object, false, false, "talk talks talked talking"),
    ("rail against", Criticise, Object, false, false, "railed rails railing"),
    ("liken", Assert, Object, false, false, "likened likens likening"),
    ("invoke", Assert, Object, false, false, "invoked invokes invoking"),
    ("highlight", Assert, Object, false, false, "highlighted highlights highlighting"),
    ("offer", Assert, Object, false, false, "offered offering"),
    ("encourage", Assert, Object, false, false, "encouraged"),
    ("decide", Predict, Clause, true, true, "decide decides decided deciding"),
    ("oppose", Criticise, Object, false, false, "opposed opposes opposing"),
    ("order", Assert, Object, false, false, "ordered"),
];

/// The particles of the phrasal verbs of [`WIDE_VERBS`] (see
/// [`PARTICLE_VERBS`]).
#[cfg(not(target_arch = "wasm32"))]
const WIDE_PARTICLE_VERBS: &[(&str, &str)] = &[
    ("refer to", "to"),
    ("speak about", "about"),
    ("lay out", "out"),
    ("talk about", "about"),
    ("rail against", "against"),
];

/// Verbs that are cues only together with a particle ("pointed out", "hit back").
const PARTICLE_VERBS: &[(&str, &str)] = &[
    ("point out", "out"),
    ("hit back", "back"),
    ("shoot back", "back"),
    ("push back", "back"),
    ("fire back", "back"),
    ("cast doubt", "doubt"),
];

/// The particle a phrasal cue needs, if any ("out" for "pointed").
pub fn particle(lemma: &str) -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    let verbs = PARTICLE_VERBS.iter().chain(WIDE_PARTICLE_VERBS);
    #[cfg(target_arch = "wasm32")]
    let verbs = PARTICLE_VERBS.iter();
    verbs.clone().find(|(l, _)| *l == lemma).map(|(_, p)| *p)
}

/// "put it" in "as X put it": a reporting verb only in that phrase, so it
/// is no entry of `VERBS` and no cue word.
pub const PUT_IT: CueVerb = CueVerb {
    lemma: "put",
    category: Assert,
    frame: Clause,
    participle: false,
    needs_marker: false,
    infinitive: false,
    wide: false,
};

/// The reporting verb this lower-case word is a form of.
pub fn cue_verb(lower: &str) -> Option<CueVerb> {
    let t = table(false);
    t.verb(t.entry(lower).cue)
}

/// Nouns that introduce reported content: "a suggestion by X that …",
/// "X's claim that …".
pub const CLAIM_NOUNS: &[(&str, CueCategory)] = &[
    ("suggestion", Assert),
    ("suggestions", Assert),
    ("estimate", Predict),
    ("estimates", Predict),
    ("claim", Assert),
    ("claims", Assert),
    ("assertion", Assert),
    ("assertions", Assert),
    ("statement", Assert),
    ("announcement", Assert),
    ("allegation", Accuse),
    ("allegations", Accuse),
    ("accusation", Accuse),
    ("accusations", Accuse),
    ("charge", Accuse),
    ("charges", Accuse),
    ("warning", Warn),
    ("warnings", Warn),
    ("insistence", Insist),
    ("denial", Deny),
    ("denials", Deny),
    ("argument", Assert),
    ("belief", Belief),
    ("view", Belief),
    ("fear", Belief),
    ("fears", Belief),
    ("hope", Belief),
    ("promise", Predict),
    ("pledge", Predict),
    ("assurance", Assert),
    ("assurances", Assert),
    ("prediction", Predict),
    ("admission", Concede),
    ("contention", Assert),
    ("complaint", Criticise),
    ("complaints", Criticise),
    ("report", Assert),
    ("reports", Assert),
    ("estimate", Assert),
];

/// The category of the claim noun this lower-case word is, if any (the
/// first entry of [`CLAIM_NOUNS`] that has it).
// A scan of the list, not a hash map: the engine asks the article's forms
// (`Article::claim_noun`), and a map of its own type added some 2 KB of
// hash table code to the wasm module.
pub fn claim_noun(lower: &str) -> Option<CueCategory> {
    CLAIM_NOUNS
        .iter()
        .find(|&&(noun, _)| noun == lower)
        .map(|&(_, category)| category)
}

/// True when the lower-case word is a form of a reporting verb or a claim
/// noun.
pub fn is_cue_word(lower: &str) -> bool {
    Lex::CueWord.holds(lower)
}

/// Titles and roles that stand before a name ("President", "spokesman").
/// A name is what follows the last of them.
pub const TITLES: WordList = WordList(
    "president premier prime minister mayor councillor councilor chairman chairwoman chairperson \
     chair sheriff chief governor gov senator sen rep representative congressman congresswoman \
     secretary director professor prof dr doctor mr mrs ms miss mx sir dame lord lady judge \
     justice prince princess king queen duke duchess general gen colonel col captain capt \
     lieutenant lt sergeant sgt officer commissioner inspector superintendent ambassador \
     spokesman spokeswoman spokesperson executive ceo cfo coo founder manager operator chancellor \
     speaker leader deputy vice head editor analyst economist coach pundit attorney lawyer \
     solicitor counsel candidate nominee rev reverend father pope bishop archbishop rabbi imam \
     sheikh ayatollah emir pastor agent commander admiral marshal detective constable prosecutor \
     supt vp mp mep mk td senior adviser advisor aide strategist pollster researcher scientist \
     correspondent reporter columnist host anchor activist campaigner organiser organizer nurse \
     physician surgeon author biostatistician cardiologist historian professor lecturer dean \
     principal teacher student resident owner partner president-elect chairman-elect councilwoman \
     councilman assemblyman assemblywoman delegate envoy commandant premier-elect treasurer \
     comptroller auditor registrar clerk magistrate coroner ombudsman cllr cr councilmember alderman \
     sen. gov. rep. dr. mr. mrs. ms. dj musician actor actress rapper chef novelist poet \
     presenter member datuk datin dato alhaji hajiya shri smt encik",
);

/// True when the lower-case word is a title or role.
pub fn is_title(lower: &str) -> bool {
    Lex::Title.holds(lower)
}

/// True when the lower-case word is a title that makes its bearer a person
/// ("the head of the agency" may be a body).
pub fn is_person_title(lower: &str) -> bool {
    Lex::PersonTitle.holds(lower)
}

/// Courtesy titles: they say how a person is addressed, not what they do.
/// (With the courtesy titles of Malaysian, Nigerian and Indian papers:
/// "Datuk Loh Mei Ying", "Alhaji Musa Bello", "Shri Anil Rao".)
static HONORIFICS: WordSet = WordSet::new(WordList(
    "mr mrs ms miss mx dr professor prof sir dame datuk datin dato alhaji hajiya shri smt encik",
));

/// True when the lower-case word is a courtesy title ("Ms", "Dr", "Sir"),
/// not a role.
pub fn is_honorific(lower: &str) -> bool {
    HONORIFICS.contains(lower)
}

/// Titles that may name a body as well as a person: not
/// [`is_person_title`].
const NOT_PERSON_TITLES: WordList = WordList("head leader owner partner");

/// Honorifics that mark gender.
pub const MALE_TITLES: WordList = WordList(
    "mr sir lord king prince duke father congressman chairman spokesman councilman assemblyman \
     brother alhaji shri encik",
);
/// Honorifics that mark gender.
pub const FEMALE_TITLES: WordList = WordList(
    "mrs ms miss dame lady queen princess duchess congresswoman chairwoman spokeswoman \
     councilwoman assemblywoman sister datin hajiya smt",
);

/// True when the lower-case word is one of [`MALE_TITLES`].
pub fn is_male_title(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(MALE_TITLES);
    SET.contains(lower)
}

/// True when the lower-case word is one of [`FEMALE_TITLES`].
pub fn is_female_title(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(FEMALE_TITLES);
    SET.contains(lower)
}

/// Nouns that name an organisation when they head a noun phrase:
/// "the company", "the union", "a government spokesman".
pub const ORG_NOUNS: WordList = WordList(
    "company firm club bank union utility authority council government ministry department agency \
     office court museum university college resort hotel casino zoo library festival orchestra \
     school hospital board committee commission party campaign team administration organisation \
     organization association alliance federation foundation trust institute charity regulator \
     watchdog police army military navy airline carrier chain insurer lender retailer maker \
     manufacturer producer broadcaster network newspaper magazine publisher studio church guild \
     chamber coalition consortium fund exchange service station league senate house congress \
     parliament assembly legislature kremlin pentagon embassy consulate mission delegation \
     cabinet regime group holdings tank inc corp corporation ltd plc llc partners therapeutics \
     pharmaceuticals technologies systems labs media times post journal tribune herald press \
     bureau department operator provider developer contractor subcontractor supplier project \
     initiative startup brand business employer owner lab laboratory centre center society \
     secretariat prosecutor's inquiry panel tribunal judiciary ministry monitor observatory \
     network channel outlet site website report study survey poll data figures statistics \
     research review audit analysis document documents filing memo letter lawsuit suit complaint \
     indictment judgment judgement ruling order power energy electric airways airlines motors \
     foods oil gas petroleum mining resources logistics telecom communications software \
     healthcare insurance capital ventures industries enterprises solutions railways rail water \
     pharma bancorp securities investments brands stores entertainment clinic academy theatre \
     theater gallery hospice renewables hydro shipbuilder shipyard builder housebuilder carmaker \
     automaker drugmaker chipmaker",
);

/// Nouns of places that end a name as a body's noun does ("Harbor County",
/// "Kestrel Valley"): organisation nouns too ([`is_org_noun`]), but a name
/// ending in one placed "in" somewhere is a place, not a body there.
pub const PLACE_NOUNS: WordList = WordList(
    "county city province district region falls street avenue square park river valley island \
     highway airport",
);

/// True when the lower-case noun heads an organisation's name or description.
pub fn is_org_noun(lower: &str) -> bool {
    Lex::OrgNoun.holds(lower)
}

/// Nouns for a spokesperson, who speaks for an organisation.
pub fn is_spokesperson(lower: &str) -> bool {
    Lex::Spokesperson.holds(lower)
}

/// The words of [`is_spokesperson`].
const SPOKESPEOPLE: WordList = WordList(
    "spokesman spokeswoman spokesperson spokespeople representative spokesmen spokeswomen",
);

/// Plural nouns for unnamed collectives: "critics", "Western governments".
pub const GROUP_NOUNS: WordList = WordList(
    "anglers swimmers forecasters beekeepers astronomers biologists booksellers shareholders \
     consultants performers importers critics officials residents analysts experts economists \
     scientists researchers investigators campaigners activists protesters protestors employees \
     workers staff members lawmakers legislators senators voters supporters opponents observers \
     diplomats sources witnesses doctors lawyers parents teachers students farmers leaders \
     governments authorities officers executives investors traders environmentalists advocates \
     claimants plaintiffs prosecutors politicians republicans democrats conservatives liberals \
     ministers regulators users customers fans locals villagers neighbours neighbors families \
     relatives survivors victims rebels militants insurgents organisers organizers commentators \
     pundits historians academics physicians nurses engineers pilots groups countries nations \
     allies companies firms banks agencies people americans insiders aides advisers advisors \
     allies strategists pollsters surveys polls reports studies documents records estimates \
     statistics figures data unions states operators owners scholars specialists consumers \
     shoppers passengers commuters drivers delegates candidates nominees donors bloggers \
     reporters journalists others many some residents citizens immigrants refugees veterans \
     conservationists epidemiologists virologists clinicians health unionists manufacturers \
     retailers landlords tenants homeowners borrowers savers authors demonstrators inspectors \
     auditors judges mps meps msps mlas tds ngos ceos gps islanders shopkeepers fishermen \
     pensioners motorists heirs descendants cyclists patients backers rivals attorneys lobbyists \
     colleagues staffers businesses soldiers troops viewers editors majorities pharmacists \
     dentists therapists surgeons midwives paramedics firefighters volunteers jurors musicians \
     players athletes runners coaches councillors councilors trustees directors managers pupils \
     carers caregivers mothers fathers technicians landowners renters riders ranchers growers \
     objectors householders leaseholders ratepayers taxpayers travellers travelers tourists \
     visitors hunters miners truckers dockworkers contractors suppliers builders architects \
     planners homebuyers developers occupants employers merchants vendors artists writers",
);

/// True when the lower-case plural noun names a collective.
pub fn is_group_noun(lower: &str) -> bool {
    Lex::GroupNoun.holds(lower)
}

/// "living", "working", "based": a participle that places the people
/// before it ("residents living near the plant").
pub fn is_placing_participle(w: &str) -> bool {
    matches!(
        w,
        "living"
            | "working"
            | "staying"
            | "waiting"
            | "camped"
            | "gathered"
            | "standing"
            | "based"
            | "stationed"
            | "sheltering"
            | "queueing"
            | "queuing"
    )
}

/// True when a noun or adjective `head` keeps a phrase of preposition
/// `prep` inside its noun phrase: "a person close to the campaign", "people
/// familiar with the talks", "an adviser to the governor", "an expert on
/// trade". A source runs on over such a phrase instead of ending before it.
pub fn takes_complement(head: &str, prep: &str) -> bool {
    // "residents living near the plant", "engineers working on the site":
    // where people live, work or wait goes with them ("based on the
    // report" is no place).
    // (The participle first: this runs for every preposition a source
    // is read back over, and few follow one.)
    if is_placing_participle(head)
        && (matches!(
            prep,
            "near"
                | "at"
                | "in"
                | "outside"
                | "inside"
                | "around"
                | "along"
                | "beside"
                | "across"
                | "opposite"
                | "behind"
                | "off"
        ) || head != "based" && matches!(prep, "on" | "for"))
    {
        return true;
    }
    match prep {
        "to" => matches!(
            head,
            "close"
                | "closest"
                | "adviser"
                | "advisers"
                | "advisor"
                | "advisors"
                | "aide"
                | "aides"
                | "counsel"
                | "counselor"
                | "ambassador"
                | "envoy"
                | "assistant"
                | "consultant"
                | "consultants"
                | "loyal"
                | "sympathetic"
                | "allied"
                | "connected"
        ),
        "with" => matches!(
            head,
            "familiar" | "involved" | "associated" | "affiliated" | "allied" | "aligned"
        ),
        "on" => matches!(
            head,
            "briefed" | "expert" | "experts" | "authority" | "specialist" | "specialists"
        ),
        "in" => matches!(head, "involved" | "participating"),
        "about" | "of" => matches!(head, "knowledgeable" | "knowledge" | "aware"),
        // "an audit by the regulator found": the record's author.
        "by" => is_document_noun(head),
        _ => false,
    }
}

/// Last words of company names ("Vantara Therapeutics", "Westmark Power",
/// "Brightwell Labs", "Acme Inc"): a body that "the company" or "the firm"
/// can stand for, unlike a country or a product named nearby.
const COMPANY_WORDS: WordList = WordList(
    "inc corp corporation co ltd llc plc gmbh ag sa nv bv group holdings industries enterprises \
     partners capital ventures labs laboratories technologies technology tech systems software \
     solutions services networks communications telecom media entertainment studios records \
     pharmaceuticals pharma therapeutics biosciences biotech motors automotive airlines airways \
     aviation logistics shipping energy power electric electrical utilities mining resources \
     petroleum oil chemicals steel foods brands appliances retail stores insurance financial \
     securities bank bancorp construction developments homes properties electronics devices rail \
     renewables hydro carriers buses coaches trains \
     instruments manufacturing engineering metals minerals marine freight cargo ferries railways \
     aerospace dynamics robotics semiconductors analytics analytical consulting associates \
     investments estates realty dairy dairies farms brewery brewing bakeries hotels resorts \
     creamery creameries bakery distillery winery fisheries seafood poultry meats packers \
     apparel cosmetics beverages textiles mills supplies trading bio line lines events mutual \
     assurance ratings research finance pay payments medical health diagnostics agrochemicals \
     water nutrition care leisure distribution distributors wholesale",
);

/// The fields a minister or secretary is in charge of, after "of" or
/// "for" in a title: "Secretary of State", "Minister for Foreign Affairs".
const PORTFOLIOS: WordList = WordList(
    "state defense defence finance health education justice treasury interior labor labour \
     commerce trade industry agriculture energy transport transportation environment affairs \
     foreign home housing development community communities culture tourism sport sports works \
     information communications technology science planning security economy employment \
     immigration fisheries forestry lands mines water youth women family welfare staff budget \
     veterans homeland digital innovation local government urban rural public internal social \
     human services infrastructure petroleum resources climate",
);

/// True when the lower-case word is one of [`PORTFOLIOS`].
pub fn is_portfolio(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(PORTFOLIOS);
    SET.contains(lower)
}

/// True when the lower-case word ends the name of a body that is no
/// business: a union, a council, a ministry, a court, a party.
pub fn is_public_body_word(lower: &str) -> bool {
    matches!(
        lower,
        "union"
            | "unions"
            | "council"
            | "government"
            | "ministry"
            | "department"
            | "court"
            | "police"
            | "party"
            | "parliament"
            | "congress"
            | "senate"
            | "assembly"
            | "committee"
            | "commission"
            | "federation"
            | "association"
            | "coalition"
            | "campaign"
    )
}

/// True when the lower-case word ends company names (`COMPANY_WORDS`).
pub fn is_company_word(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(COMPANY_WORDS);
    SET.contains(lower)
}

/// The words for the body a title or name word belongs to: a minister
/// is answered as "the government" or "ministers", a police chief as "the
/// force". Empty for words of no such body.
pub fn body_words(lower: &str) -> &'static [&'static str] {
    match lower {
        "minister" | "ministers" | "secretary" | "chancellor" | "premier" | "ministry" => {
            &["government", "ministers", "ministry", "administration"]
        }
        "police" | "constable" | "superintendent" | "inspector" | "constabulary" => {
            &["force", "police", "officers"]
        }
        _ => &[],
    }
}

/// Nouns for a record that can show or find something without anyone
/// speaking: "polls show X leading", "records show", "the study found".
const DOCUMENT_NOUNS: WordList = WordList(
    "poll polls polling survey surveys study studies report reports record records data figures \
     numbers statistics analysis analyses research review audit documents filings filing results \
     estimates census findings tally count evidence tests probe investigation inquiry model \
     models projection projections forecasts emails transcripts average averages video footage \
     recording slide chart map graph photo photos image images index calculation calculations \
     estimate tallies accounts",
);

/// True when the lower-case noun names a record or a finding ("poll",
/// "records", "the study"): a source for verbs of evidence.
pub fn is_document_noun(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(DOCUMENT_NOUNS);
    SET.contains(lower)
}

/// Nouns for what a speaker issues in their own words: "in a statement",
/// "the letter said", "Abernathy's op-ed". Unlike [`is_document_noun`]'s
/// records, each has an author who speaks through it.
const STATEMENT_NOUNS: WordList = WordList(
    "statement statements letter memo email e-mail speech interview post tweet release filing",
);

/// True when the lower-case noun names something a speaker issues in their
/// own words ("statement", "letter", "op-ed").
pub fn is_statement_noun(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(STATEMENT_NOUNS);
    SET.contains(lower)
}

/// A record or a statement ([`is_document_noun`], [`is_statement_noun`]):
/// something written or said that stands for whoever made it, not a
/// speaker of its own ("an interview with The Times", "the report").
pub fn is_record_noun(lower: &str) -> bool {
    is_document_noun(lower) || is_statement_noun(lower)
}

/// True for the lemma of a verb that names its object: "called it
/// "a stunt"", "dubbed the plan a fantasy", "labelled them extremists".
pub fn is_naming_verb(lemma: &str) -> bool {
    matches!(lemma, "call" | "dub" | "label" | "brand")
}

/// The words that head the names of the bodies a common noun describes,
/// when the names need not hold the noun: "the regulator" is most often an
/// Authority, a Commission or an Office, "the league" a Championship.
pub fn name_heads_of(noun: &str) -> &'static [&'static str] {
    match noun {
        "regulator" | "watchdog" => &[
            "authority",
            "commission",
            "office",
            "agency",
            "inspectorate",
            "ombudsman",
            "regulator",
        ],
        "league" => &["league", "championship", "premiership"],
        "union" => &[
            "federation",
            "confederation",
            "congress",
            "guild",
            "association",
        ],
        // "Blackmere Mutual … the insurer", "Ostwick Bank … the lender".
        "insurer" => &["insurance", "assurance", "mutual"],
        "lender" => &["bank", "mutual", "finance", "lending", "credit"],
        // "the Food Safety Administration … the agency".
        "agency" => &[
            "ratings",
            "administration",
            "authority",
            "bureau",
            "inspectorate",
            "service",
        ],
        "airline" => &["airways", "airlines", "air"],
        "broadcaster" => &["broadcasting", "television", "radio"],
        _ => &[],
    }
}

/// Words that open a reported question: "asked whether", "wondered why".
pub fn is_question_word(lower: &str) -> bool {
    matches!(
        lower,
        "whether" | "if" | "why" | "how" | "what" | "who" | "when" | "where" | "which"
    )
}

/// Verbs whose content is a question: "asked whether", "wondered why".
pub fn asks(lemma: &str) -> bool {
    matches!(lemma, "ask" | "wonder")
}

/// Verbs whose content may be a reported question: those that ask, and
/// "explained how …", "described why …".
pub fn takes_question(lemma: &str) -> bool {
    asks(lemma) || matches!(lemma, "explain" | "describe")
}

/// Verbs of evidence, whose subject may be a record: "polls show".
pub fn is_evidence_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "show" | "find" | "suggest" | "indicate" | "reveal" | "confirm" | "conclude" | "estimate"
    )
}

/// Words that open a noun phrase or quantify it.
pub fn is_determiner(lower: &str) -> bool {
    Lex::Determiner.holds(lower)
}

/// The words of [`is_determiner`].
const DETERMINERS: WordList = WordList(
    "the a an this these those its his her their our my your some several many most few other \
     another all both each every various numerous two three four five six seven eight nine ten \
     dozens hundreds thousands one any no more fewer such",
);

/// Personal pronouns that can be the source of a claim, with what they can
/// refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he
    Male,
    /// she
    Female,
    /// it
    Neuter,
    /// they
    Plural,
    /// I, we: the speaker of the surrounding quote.
    First,
}

/// The subject pronoun this lower-case word is, if any.
pub fn pronoun(lower: &str) -> Option<Pronoun> {
    pronoun_of(table(false).entry(lower))
}

/// The kind of pronoun of a word, from its entry.
#[inline]
pub(crate) fn pronoun_of(entry: Entry) -> Option<Pronoun> {
    PRONOUN_KINDS
        .get(usize::from(entry.pronoun).checked_sub(1)?)
        .copied()
}

/// The pronouns of [`Pronoun`]'s kinds, in [`PRONOUN_KINDS`] order: with a
/// contracted auxiliary ("He's said that …", "they've claimed"), one token
/// for the tokenizer.
const PRONOUNS: [WordList; 5] = [
    WordList("he he's he'd he'll"),
    WordList("she she's she'd she'll"),
    WordList("it"),
    WordList("they they're they've they'd they'll"),
    WordList("i we i'm i've we're we've"),
];

/// The kinds of pronoun, numbered from 1 in [`Entry::pronoun`].
const PRONOUN_KINDS: [Pronoun; 5] = [
    Pronoun::Male,
    Pronoun::Female,
    Pronoun::Neuter,
    Pronoun::Plural,
    Pronoun::First,
];
/// Verbs of intention and commitment whose content may be an infinitive:
/// "vowed to repeal the law", "hopes to win Iowa", "plans to vote for her".
pub fn takes_infinitive(lemma: &str) -> bool {
    matches!(
        lemma,
        "hope"
            | "vow"
            | "pledge"
            | "promise"
            | "plan"
            | "want"
            | "intend"
            | "threaten"
            | "seek"
            | "expect"
            | "urge"
    )
}

/// Words of a short sentence that announces disagreement before the claim
/// that voices it: "Not everyone agreed.", "Critics were unconvinced."
pub fn is_doubt(lower: &str) -> bool {
    matches!(
        lower,
        "disagree"
            | "disagrees"
            | "disagreed"
            | "sceptical"
            | "skeptical"
            | "unconvinced"
            | "unimpressed"
            | "doubtful"
            | "dissent"
            | "dissented"
            | "divided"
            | "unmoved"
            | "unpersuaded"
            | "scathing"
            | "furious"
            | "angry"
            | "outraged"
            | "incensed"
            | "dismissive"
            | "everyone"
            | "everybody"
            | "persuaded"
            | "convinced"
            | "different"
    )
}

/// Words of [`is_doubt`] that announce disagreement only after "not" ("Not
/// everyone agreed", "is not persuaded") or before a word for a view ("a
/// different picture").
pub fn doubt_needs_context(lower: &str) -> bool {
    matches!(
        lower,
        "everyone" | "everybody" | "persuaded" | "convinced" | "different"
    )
}

/// Auxiliaries and modals, negative ones too: a noun phrase followed by
/// one of these is the subject of a finite clause ("think [the bill] will
/// pass").
pub fn is_finite_aux(lower: &str) -> bool {
    Lex::FiniteAux.holds(lower)
}

/// A negative finite auxiliary with a typographic apostrophe ("didn’t"):
/// what [`table`], which holds ASCII words, cannot answer.
fn curly_finite_aux(lower: &str) -> bool {
    lower
        .strip_suffix("n’t")
        .is_some_and(|base| NEGATED_AUXILIARIES.contains(base))
}

/// The auxiliaries of [`is_finite_aux`] as they stand before "n't" ("wo"
/// of "won't").
const NEGATED_AUXILIARIES: WordList =
    WordList("is are was were wo would ca could should has have had does did do");

/// Words that are never part of a subject noun phrase: verbs of being and
/// having, auxiliaries, complementisers, subordinators, most prepositions.
pub fn is_np_breaker(lower: &str) -> bool {
    Lex::NpBreaker.holds(lower)
}

/// The words of [`is_np_breaker`] besides the finite auxiliaries.
const NP_BREAKERS: WordList = WordList(
    "be been being to that which who whom whose when where while after before because since \
     although though if as than or but nor so yet not in on by with into onto about over under \
     between through during without within against upon via per also then there here what how why \
     whether said says told added asked according however meanwhile earlier later once unless \
     until whereas like unlike despite among amid toward towards across behind beyond near ago \
     just only even still already now up out off down back away",
);

/// Irregular past tenses, which `-ed` does not show: they end a subject
/// ("The harbour master spoke for an hour, saying …") as the NP breakers
/// do, but are verbs, not function words.
pub const IRREGULAR_PASTS: WordList = WordList(
    "spoke went came took gave met held stood sat ran began led sent kept brought became felt \
     thought knew sought spent sold bought paid built drove flew broke chose grew threw",
);

/// True when the lower-case word is one of [`IRREGULAR_PASTS`].
pub fn is_irregular_past(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(IRREGULAR_PASTS);
    SET.contains(lower)
}

/// Adverbs and auxiliaries that may stand between a subject and its cue:
/// "also said", "has repeatedly denied", "would later say".
pub fn is_cue_modifier(lower: &str) -> bool {
    Lex::CueModifier.holds(lower)
}

/// The words of [`is_cue_modifier`] besides adverbs in "-ly".
const CUE_MODIFIERS: WordList = WordList(
    "also later earlier previously then again once still already recently has have had will would \
     could may might did does do is was were are just even often now separately further yesterday \
     today tonight subsequently long always never allegedly reportedly similarly likewise too \
     first last originally initially privately publicly openly quickly immediately swiftly",
);

/// An adverb in "-ly" of more than four letters ("repeatedly"), not a noun
/// or adjective so spelt: a cue modifier whatever the word.
fn modifier_ly(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with("ly")
        && !matches!(
            lower,
            "ly" | "family"
                | "italy"
                | "july"
                | "ally"
                | "rally"
                | "supply"
                | "assembly"
                | "daily"
                | "weekly"
                | "monthly"
                | "early"
        )
}

/// Finite auxiliaries and forms of "be", "have" and "do": the start of a
/// verb group ("was challenged", "would save", "has said").
pub fn is_auxiliary(lower: &str) -> bool {
    Lex::Auxiliary.holds(lower)
}

/// The words of [`is_auxiliary`].
const AUXILIARIES: WordList = WordList(
    "is was were are has have had will would can could may might should must shall does did do",
);

/// Words that open a subordinate or coordinate clause, so a subject starts
/// after them: "after the company said", "however, critics said".
pub fn is_clause_opener(lower: &str) -> bool {
    Lex::ClauseOpener.holds(lower)
}

/// The words of [`is_clause_opener`].
const CLAUSE_OPENERS: WordList = WordList(
    "after before when while as because since although though if unless until whereas once so and \
     but or yet however meanwhile that where nevertheless nonetheless instead moreover \
     furthermore still now then also earlier later separately similarly indeed thus therefore \
     besides otherwise likewise additionally hence because,",
);

/// Capitalised words that start sentences without naming anyone.
pub fn is_function_word(lower: &str) -> bool {
    Lex::FunctionWord.holds(lower)
}

/// The words of [`is_function_word`] besides those of [`is_determiner`],
/// [`is_np_breaker`], [`is_clause_opener`] and [`pronoun`].
const FUNCTION_WORDS: WordList = WordList(
    "a an the for and of at from it his her its their our we i you they yes no not asked read \
     editor's photo update related watch video advertisement",
);

/// Contrast markers that bring in an opposing voice.
pub fn is_contrast(lower: &str) -> bool {
    Lex::Contrast.holds(lower)
}

/// The words of [`is_contrast`].
const CONTRASTS: WordList =
    WordList("but however yet though although nevertheless nonetheless conversely whereas");

/// Verbs (base forms) of answering back: a retort disputes the point
/// just made ("hit back", "countered").
pub fn is_retort(lemma: &str) -> bool {
    matches!(
        lemma,
        "counter" | "retort" | "rebut" | "hit back" | "fire back" | "shoot back" | "push back"
    )
}

/// Words in a content that dispute what someone else said.
pub const REBUTTAL_WORDS: WordList = WordList(
    "false untrue wrong baseless groundless unfounded misleading nonsense ridiculous absurd \
     hypocritical hypocrisy lie lies lying inaccurate incorrect mistaken misreading distortion \
     distorted exaggerated overstated fabricated fake smear outrageous irresponsible disingenuous \
     flawed unfair unjustified rubbish bogus spurious erroneous deceptive misinformation \
     disinformation propaganda slander libel defamatory implausible unconvincing untenable \
     laughable preposterous fiction fantasy myth unsubstantiated unproven debunked discredited \
     dishonest nonsensical selective cherry-picked whitewash cover-up hoax sham farce charade \
     stunt smokescreen witch-hunt shakedown scaremongering fearmongering scare-mongering \
     fear-mongering grandstanding posturing theatrics hysteria hysterical invented concocted \
     fabrication fabrications trumped-up",
);

/// Words of blame that make calling something names a dispute ("called the
/// bill a betrayal", "dubbed the plan a step backwards"), where praise ("a
/// landmark", "a fair price") is not.
pub const CRITICISM_WORDS: WordList = WordList(
    "betrayal backwards backward disgrace disgraceful shameful insult insulting cynical reckless \
     appalling unacceptable shambles fiasco disaster disastrous catastrophe catastrophic travesty \
     scandal scandalous mistake blunder failure attack assault cruel callous incompetent \
     incompetence negligent negligence disproportionate excessive heavy-handed draconian \
     misguided ill-conceived ill-judged short-sighted unworkable unjust inadequate insufficient \
     pessimistic alarmist premature punitive arbitrary discriminatory damaging dangerous harmful \
     slow hopeless pathetic deplorable shocking indefensible opportunistic tone-deaf revisionist \
     vandalism piracy theft censorship scapegoat punishment wishful lawfare surrender slap \
     motivated inexcusable unforgivable unconscionable sabotage extortion blackmail bullying \
     capitulation robbery",
);

/// True when the lower-case word is one of [`REBUTTAL_WORDS`].
pub fn is_rebuttal_word(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(REBUTTAL_WORDS);
    SET.contains(lower)
}

/// Nouns that point back at an earlier claim: "denied the allegation",
/// "rejected that characterisation".
pub const CLAIM_ANAPHORS: WordList = WordList(
    "allegation allegations accusation accusations claim claims criticism criticisms \
     characterisation characterization suggestion suggestions argument arguments account accounts \
     version report reports remarks remark comments comment statement statements assertion \
     assertions charge charges pledge promise idea notion assessment view interpretation figures \
     finding findings description portrayal narrative story theory premise warning warnings \
     complaint complaints conclusion conclusions analysis estimate estimates prediction \
     predictions forecast forecasts denial denials explanation rationale reasoning insinuation \
     verdict diagnosis figure number numbers statistic statistics tally rumour rumours rumor \
     rumors defence defense justification excuse excuses it this that them these",
);

/// Claim nouns for something said, not thought or counted: calling
/// "that remark" or "the allegations" names is answering someone.
pub fn is_speech_noun(lower: &str) -> bool {
    matches!(
        lower,
        "remark"
            | "remarks"
            | "comment"
            | "comments"
            | "statement"
            | "statements"
            | "claim"
            | "claims"
            | "allegation"
            | "allegations"
            | "accusation"
            | "accusations"
            | "assertion"
            | "assertions"
            | "suggestion"
            | "suggestions"
            | "characterisation"
            | "characterization"
            | "criticism"
            | "criticisms"
    )
}

/// Nouns for a decision or a plan someone stands behind: calling "the
/// decision" or "the plan" something judges that side's position.
pub fn is_position_noun(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(WordList(
        "decision decisions proposal proposals plan plans policy policies ruling move law bill \
         ordinance scheme practice deal offer ban reform reforms cuts rule rules measure measures \
         strategy order verdict judgment judgement levy budget",
    ));
    SET.contains(lower)
}

/// True when the lower-case word is one of [`CLAIM_ANAPHORS`].
pub fn is_claim_anaphor(lower: &str) -> bool {
    static SET: WordSet = WordSet::new(CLAIM_ANAPHORS);
    SET.contains(lower)
}

/// Events one calls, holds or cancels ("called a strike", "a snap
/// election"): after "called a", an act, not a name.
pub fn is_event_noun(lower: &str) -> bool {
    matches!(
        lower,
        "meeting"
            | "meetings"
            | "strike"
            | "strikes"
            | "election"
            | "vote"
            | "referendum"
            | "halt"
            | "conference"
            | "ballot"
            | "protest"
            | "rally"
            | "truce"
            | "ceasefire"
            | "recess"
            | "session"
            | "summit"
            | "walkout"
            | "boycott"
            | "hearing"
    )
}

/// The days of the week.
pub fn is_weekday(lower: &str) -> bool {
    Lex::Weekday.holds(lower)
}

/// The words of [`is_weekday`].
const WEEKDAYS: WordList = WordList("monday tuesday wednesday thursday friday saturday sunday");

/// Abbreviated month names ("Jan", "Sept"): time words and
/// abbreviations.
const MONTH_ABBREVIATIONS: WordList = WordList("jan feb mar apr jun jul aug sep sept oct nov dec");

/// An adverb in "-ly" ("newly", "widely"), not one of the nouns that end
/// so ("family", "assembly", "ally").
pub fn is_adverb_ly(lower: &str) -> bool {
    lower.ends_with("ly")
        && !matches!(
            lower,
            "family"
                | "assembly"
                | "ally"
                | "rally"
                | "supply"
                | "reply"
                | "italy"
                | "july"
                | "monopoly"
                | "anomaly"
                | "tally"
                | "fly"
                | "belly"
                | "bully"
        )
}

/// Words that may open what stands between a reporting verb and its
/// content or the end of its sentence: an addressee ("reporters"), a place
/// or time ("outside the court", "last week", "on Tuesday"), an adverb or an
/// auxiliary, any preposition or subordinator of [`is_np_breaker`].
pub fn opens_gap(lower: &str) -> bool {
    Lex::OpensGap.holds(lower)
}

/// The words of [`opens_gap`] besides those of [`is_np_breaker`],
/// [`is_cue_modifier`] and [`is_time_word`].
const GAP_OPENERS: WordList = WordList("outside from at last this reporters journalists");

/// Words that open a time, place or manner after a source (`"C," said X
/// in a statement`, `… on Tuesday`, `… as she left`): the source ends there.
pub fn opens_adverbial(lower: &str) -> bool {
    is_weekday(lower)
        || matches!(
            lower,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "via"
                | "through"
                | "to"
                | "when"
                | "as"
                | "while"
                | "last"
                | "this"
                | "earlier"
                | "later"
                | "recently"
                | "yesterday"
                | "today"
                | "tonight"
        )
}

/// Weekdays, months and other words that end a time phrase ("on Monday").
pub fn is_time_word(lower: &str) -> bool {
    Lex::TimeWord.holds(lower)
}

/// The words of [`is_time_word`] besides weekdays and month abbreviations.
const TIME_WORDS: WordList = WordList(
    "january february march april june july august september october november december week \
     weekend month year day morning afternoon evening night today yesterday tonight earlier later \
     recently time statement interview conference briefing call memo email letter post tweet \
     video speech hearing rally debate",
);

/// Abbreviations after which a full stop does not end a sentence.
pub fn is_abbreviation(lower: &str) -> bool {
    // Asked of the word before each full stop, most often longer than any
    // abbreviation: those are turned away before the table.
    lower.len() <= LONGEST_ABBREVIATION && Lex::Abbreviation.holds(lower)
}

/// The length of the longest word of [`is_abbreviation`].
const LONGEST_ABBREVIATION: usize = {
    let (a, m) = (ABBREVIATIONS.longest(), MONTH_ABBREVIATIONS.longest());
    if a > m {
        a
    } else {
        m
    }
};

/// The words of [`is_abbreviation`] besides month abbreviations.
const ABBREVIATIONS: WordList = WordList(
    "mr mrs ms dr prof sen rep gov gen lt col sgt capt st jr sr inc corp co ltd vs etc u.s u.k \
     u.n a.m p.m d.c e.g i.e rev mt ft ave blvd dept est fig approx supt adm cmdr maj pres gov't \
     r d ariz calif fla ga ill mass mich minn n.y pa tenn tex va wash wis conn colo ky la md mo \
     nev okla ore s.c n.c n.j n.h ala ark del kan neb",
);

/// Lower-case words inside names ("Bank of England", "Ludwig van Beethoven").
pub const NAME_JOINERS: WordList = WordList(
    "of and for de van von der den al bin binti bint bte ibn del dos das da di du la le & - y",
);

/// The word lists, each a bit of [`Entry::lists`]: an article keeps each
/// form's bits, so that asking `Lex::Title` of a token is asking
/// [`is_title`] of its lower-cased form without a lookup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    /// [`is_cue_word`]
    CueWord,
    /// [`is_determiner`]
    Determiner,
    /// [`is_time_word`]
    TimeWord,
    /// [`is_title`]
    Title,
    /// [`is_person_title`]
    PersonTitle,
    /// [`is_org_noun`]
    OrgNoun,
    /// [`PLACE_NOUNS`]
    PlaceNoun,
    /// [`is_group_noun`]
    GroupNoun,
    /// [`is_spokesperson`]
    Spokesperson,
    /// [`is_np_breaker`]
    NpBreaker,
    /// [`is_cue_modifier`]
    CueModifier,
    /// [`is_clause_opener`]
    ClauseOpener,
    /// [`is_contrast`]
    Contrast,
    /// [`pronoun`] is some.
    Pronoun,
    /// [`NAME_JOINERS`]
    NameJoiner,
    /// [`is_function_word`]
    FunctionWord,
    /// [`is_weekday`]
    Weekday,
    /// [`is_auxiliary`]
    Auxiliary,
    /// [`is_finite_aux`]
    FiniteAux,
    /// [`is_abbreviation`]
    Abbreviation,
    /// [`opens_gap`]
    OpensGap,
    // The word groups of single rules (see `RULE_GROUPS`), which compare
    // them with every token of a scan: as bits, no text is compared.
    /// "in", "during", "via", "at": the medium of a report ("in an interview").
    Medium,
    /// "that" and ":", which open a content.
    ThatOrColon,
    /// "the", "a", "an".
    Article,
    /// "a", "an".
    IndefiniteArticle,
    /// "who", "which", "that", opening a relative clause.
    Relative,
    /// "them", "him", "us", "me".
    ObjectPronoun,
    /// "but", "and", "however" and the comma, before a name that opens a
    /// clause.
    Continuation,
    /// "was", "were", "been", "being", "is", "are", "be", "get", "got": a
    /// passive or a copula before a participle.
    PassiveAux,
    /// "in", "under", "beyond", "without", "into", "of": after them a base
    /// form is a noun ("beyond doubt").
    NounPreposition,
    /// "a", "an", "just", "only": an object after "boasts" or "writes".
    // The last: the lists are the bits of a `u32`.
    ObjectStart,
}

const _: () = assert!((Lex::ObjectStart as u32) < 32);

/// The word groups of single rules with their lists (see [`Lex::Medium`]).
/// ASCII words without an apostrophe only: a token is one of them exactly
/// when its lower-cased form is, as `Article::is_any` compares them.
pub(crate) const RULE_GROUPS: [(WordList, Lex); 10] = [
    (WordList("in during via at"), Lex::Medium),
    (WordList("that :"), Lex::ThatOrColon),
    (WordList("the a an"), Lex::Article),
    (WordList("a an"), Lex::IndefiniteArticle),
    (WordList("who which that"), Lex::Relative),
    (WordList("them him us me"), Lex::ObjectPronoun),
    (WordList("but and however ,"), Lex::Continuation),
    (
        WordList("was were been being is are be get got"),
        Lex::PassiveAux,
    ),
    (
        WordList("in under beyond without into of"),
        Lex::NounPreposition,
    ),
    (WordList("a an just only"), Lex::ObjectStart),
];

impl Lex {
    /// The list's bit in [`Entry::lists`].
    #[inline]
    pub(crate) const fn bit(self) -> u32 {
        1 << self as u32
    }

    /// Asks the list.
    #[inline]
    pub(crate) fn holds(self, lower: &str) -> bool {
        table(false).entry(lower).lists & self.bit() != 0
            || RULED & self.bit() != 0 && by_rule(lower) & self.bit() != 0
    }
}

/// The lists that [`by_rule`] may add to.
const RULED: u32 = Lex::CueModifier.bit()
    | Lex::OpensGap.bit()
    | Lex::FiniteAux.bit()
    | Lex::NpBreaker.bit()
    | Lex::FunctionWord.bit();

/// The lists that hold `lower` by a rule rather than as a word of the
/// table: an adverb in "-ly", a negative auxiliary with a typographic
/// apostrophe ("didn’t", which the table of ASCII words cannot hold).
#[inline]
pub(crate) fn by_rule(lower: &str) -> u32 {
    let mut lists = 0;
    if modifier_ly(lower) {
        lists |= Lex::CueModifier.bit() | Lex::OpensGap.bit();
    }
    if curly_finite_aux(lower) {
        lists |= Lex::FiniteAux.bit()
            | Lex::NpBreaker.bit()
            | Lex::FunctionWord.bit()
            | Lex::OpensGap.bit();
    }
    lists
}

/// What the lexicon says of one lower-case word.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    /// The lists that hold it as a word: [`Lex::bit`]s.
    pub(crate) lists: u32,
    /// 0 when no cue starts with the word; 1 for "according" and "as";
    /// `2 + n` for the `n`th cue form: a reporting verb's, which
    /// [`Table::verb`] answers for it, numbered first, or a claim noun's
    /// that is not one, numbered after them. [`Table::claim_noun`] answers
    /// the category of either.
    pub(crate) cue: u16,
    /// The counterclaim scans' flags of the word (`counterclaim::FLAGGED`).
    pub(crate) counter: u8,
    /// The kind of pronoun, from 1 in [`PRONOUN_KINDS`] order; 0 for none.
    pub(crate) pronoun: u8,
}

/// Every word of the lexicon's word lists with what the lists say of it,
/// so that an article asks one table once per form instead of each list:
/// the forms of a news article are a few hundred, each asked of two or
/// three lists, and most in none.
#[derive(Debug)]
pub(crate) struct Table {
    /// Open addressing over `words`: one more than a word's number, 0 for
    /// a free slot; a power of two, at least four times the words, so
    /// that a word in no list (most words asked) meets a free slot soon.
    slots: Vec<u16>,
    /// Each word's key and length, and its entry: compared and read in
    /// one place.
    words: Vec<(Key, usize, Entry)>,
    /// The reporting verb of each cue form `2 + n` that is one.
    verbs: Vec<CueVerb>,
    /// The claim noun category of each cue form `2 + n` (see
    /// [`Entry::cue`]): a form of a verb may be a claim noun too ("claims").
    nouns: Vec<Option<CueCategory>>,
    /// Made with the verbs of [`WIDE_VERBS`]: the table of wide attributions.
    pub(crate) wide: bool,
}

/// The entry of a word in no list.
pub(crate) const UNLISTED: Entry = Entry {
    lists: 0,
    cue: 0,
    counter: 0,
    pronoun: 0,
};

impl Table {
    /// What the lists say of `lower`.
    #[inline]
    pub(crate) fn entry(&self, lower: &str) -> Entry {
        if lower.len() > MAX_FORM {
            return UNLISTED;
        }
        self.entry_of_key(&key_of(lower.as_bytes()), lower.len())
    }

    /// What the lists say of the word of `len` bytes whose key is `key`.
    #[inline]
    pub(crate) fn entry_of_key(&self, key: &Key, len: usize) -> Entry {
        self.entry_of_hashed(key, len, hash(key, len))
    }

    /// [`Table::entry_of_key`] given the word's hash (`vocab::hash`), as an
    /// article's vocabulary has just computed it.
    #[inline]
    pub(crate) fn entry_of_hashed(&self, key: &Key, len: usize, h: u64) -> Entry {
        let mask = self.slots.len() - 1;
        let mut at = (h >> (64 - self.slots.len().trailing_zeros())) as usize & mask;
        loop {
            let word = usize::from(self.slots[at]).checked_sub(1);
            match word.and_then(|k| self.words.get(k)) {
                None => return UNLISTED,
                Some((k, n, entry)) if *n == len && k == key => return *entry,
                Some(_) => at = (at + 1) & mask,
            }
        }
    }

    /// The reporting verb of an [`Entry::cue`].
    #[inline]
    pub(crate) fn verb(&self, cue: u16) -> Option<CueVerb> {
        usize::from(cue)
            .checked_sub(2)
            .and_then(|n| self.verbs.get(n).copied())
    }

    /// The claim noun category of an [`Entry::cue`]: what [`claim_noun`]
    /// answers for its word.
    #[inline]
    pub(crate) fn claim_noun(&self, cue: u16) -> Option<CueCategory> {
        usize::from(cue)
            .checked_sub(2)
            .and_then(|n| self.nouns.get(n).copied().flatten())
    }
}

/// The lexicon as one [`Table`], made on first use; with `wide`, the
/// verbs of [`WIDE_VERBS`] are in it too.
pub(crate) fn table(wide: bool) -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    // Wide attributions are not in the WebAssembly build (see `crate::wide`).
    #[cfg(not(target_arch = "wasm32"))]
    if wide {
        static WIDE: OnceLock<Table> = OnceLock::new();
        return WIDE.get_or_init(|| build_table(WIDE_VERBS));
    }
    #[cfg(target_arch = "wasm32")]
    let _ = wide;
    TABLE.get_or_init(|| build_table(&[]))
}

/// The [`Table`] of the lexicon with the verbs of `wide` before those of
/// [`VERBS`].
fn build_table(wide: &[WideVerb]) -> Table {
    // Numbered in a vocabulary first, then placed in the table.
    struct Draft {
        words: Vocab,
        entries: Vec<Entry>,
        verbs: Vec<CueVerb>,
        nouns: Vec<Option<CueCategory>>,
    }
    let is_wide_table = !wide.is_empty();
    let mut t = Draft {
        words: Vocab::with_capacity(1024),
        entries: Vec::new(),
        verbs: Vec::new(),
        nouns: Vec::new(),
    };
    let entry = |t: &mut Draft, w: &str| -> usize {
        debug_assert!(w.len() <= MAX_FORM && w.is_ascii());
        let id = t.words.intern(&key_of(w.as_bytes()), w.len()) as usize;
        if id == t.entries.len() {
            t.entries.push(UNLISTED);
        }
        id
    };
    let listed = VERBS
        .iter()
        .map(|&(l, c, f, m, forms)| (l, c, f, m, takes_infinitive(l), forms, false));
    let wide = wide
        .iter()
        .map(|&(l, c, f, m, inf, forms)| (l, c, f, m, inf, forms, true));
    for (lemma, category, frame, needs_marker, infinitive, forms, is_wide) in wide.chain(listed) {
        for form in WordList(forms) {
            let e = entry(&mut t, form);
            t.entries[e].lists |= Lex::CueWord.bit();
            // A form of two verbs is the first's.
            if t.entries[e].cue < 2 {
                t.entries[e].cue = t.verbs.len() as u16 + 2;
                t.verbs.push(CueVerb {
                    lemma,
                    category,
                    frame,
                    participle: form.ends_with("ing") && !lemma.ends_with("ing"),
                    needs_marker,
                    infinitive,
                    wide: is_wide,
                });
            }
        }
    }
    // Every verb form is numbered: the nouns that are not one after them.
    t.nouns = vec![None; t.verbs.len()];
    for &(noun, category) in CLAIM_NOUNS {
        let e = entry(&mut t, noun);
        t.entries[e].lists |= Lex::CueWord.bit();
        if t.entries[e].cue < 2 {
            t.entries[e].cue = t.nouns.len() as u16 + 2;
            t.nouns.push(None);
        }
        // A noun listed twice is the first entry's.
        let n = usize::from(t.entries[e].cue - 2);
        t.nouns[n] = t.nouns[n].or(Some(category));
    }
    // "as" opens "as reported by X".
    for w in ["according", "as"] {
        let e = entry(&mut t, w);
        t.entries[e].cue = t.entries[e].cue.max(1);
    }
    let function = Lex::FunctionWord.bit();
    let gap = Lex::OpensGap.bit();
    let breaker = Lex::NpBreaker.bit() | function | gap;
    let finite = Lex::FiniteAux.bit() | breaker;
    let time = Lex::TimeWord.bit() | gap;
    // Each list's words with its bit and those of the lists that hold
    // it: a function word is a determiner, a breaker, an opener, a
    // pronoun or one of its own.
    let lists: [(WordList, u32); 19] = [
        (TITLES, Lex::Title.bit() | Lex::PersonTitle.bit()),
        (ORG_NOUNS, Lex::OrgNoun.bit()),
        (PLACE_NOUNS, Lex::OrgNoun.bit() | Lex::PlaceNoun.bit()),
        (GROUP_NOUNS, Lex::GroupNoun.bit()),
        (NAME_JOINERS, Lex::NameJoiner.bit()),
        (SPOKESPEOPLE, Lex::Spokesperson.bit()),
        (DETERMINERS, Lex::Determiner.bit() | function),
        (AUXILIARIES, Lex::Auxiliary.bit() | finite),
        (NP_BREAKERS, breaker),
        (IRREGULAR_PASTS, Lex::NpBreaker.bit()),
        (CLAUSE_OPENERS, Lex::ClauseOpener.bit() | function),
        (FUNCTION_WORDS, function),
        (CONTRASTS, Lex::Contrast.bit()),
        (WEEKDAYS, Lex::Weekday.bit() | time),
        (MONTH_ABBREVIATIONS, Lex::Abbreviation.bit() | time),
        (TIME_WORDS, time),
        (ABBREVIATIONS, Lex::Abbreviation.bit()),
        (CUE_MODIFIERS, Lex::CueModifier.bit() | gap),
        (GAP_OPENERS, gap),
    ];
    for (words, bits) in lists {
        for w in words {
            let e = entry(&mut t, w);
            t.entries[e].lists |= bits;
        }
    }
    for (words, lex) in RULE_GROUPS {
        for w in words {
            let e = entry(&mut t, w);
            t.entries[e].lists |= lex.bit();
        }
    }
    for w in NOT_PERSON_TITLES {
        let e = entry(&mut t, w);
        t.entries[e].lists &= !Lex::PersonTitle.bit();
    }
    for base in NEGATED_AUXILIARIES {
        let e = entry(&mut t, &format!("{base}n't"));
        t.entries[e].lists |= finite;
    }
    for (kind, words) in (1..).zip(PRONOUNS) {
        for w in words {
            let e = entry(&mut t, w);
            t.entries[e].lists |= Lex::Pronoun.bit() | function;
            t.entries[e].pronoun = kind;
        }
    }
    for (flag, words) in crate::counterclaim::FLAGGED {
        for w in words {
            let e = entry(&mut t, w);
            t.entries[e].counter |= flag;
        }
    }
    let n = t.entries.len();
    let mut slots = vec![0u16; (4 * n).next_power_of_two()];
    let mask = slots.len() - 1;
    let words: Vec<(Key, usize, Entry)> = (0..n)
        .map(|id| {
            let (key, len) = t.words.key(id as FormId);
            (key, len, t.entries[id])
        })
        .collect();
    for (id, (key, len, _)) in words.iter().enumerate() {
        let mut at = (hash(key, *len) >> (64 - slots.len().trailing_zeros())) as usize & mask;
        while slots[at] != 0 {
            at = (at + 1) & mask;
        }
        slots[at] = id as u16 + 1;
    }
    Table {
        slots,
        words,
        verbs: t.verbs,
        nouns: t.nouns,
        wide: is_wide_table,
    }
}

/// The lower-cased ASCII word: the word itself when it has no capitals, else
/// a copy in the stack buffer; `None` for words that cannot be in any list
/// (non-ASCII or longer than the buffer). A typographic apostrophe is
/// folded onto the straight one, so that "He’s" and "didn’t" are read as
/// "he's" and "didn't" are.
pub fn lower<'b>(word: &'b str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if !word.is_ascii() {
        let n = straight_apostrophes(bytes, buf)?;
        buf[..n].make_ascii_lowercase();
        return std::str::from_utf8(&buf[..n]).ok();
    }
    if bytes.len() > buf.len() {
        return None;
    }
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// `s` lower-cased character by character. Unlike `str::to_lowercase` it
/// has no rule for a Greek capital sigma at the end of a word: every
/// comparison in the crate lower-cases both sides here, so the two agree,
/// and the wasm build is spared that rule's code (4 KB). Outside ASCII it
/// asks [`case::lower`], which agrees with `char::to_lowercase` on every
/// character without its 12 KB table.
pub(crate) fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            let (first, second) = case::lower(c);
            out.push(first);
            out.extend(second);
        }
    }
    out
}

/// `s` without any repeats of `prefix` at its start: what
/// `s.trim_start_matches(prefix)` answers, without the substring searcher
/// that a `&str` pattern brings into the wasm module (with
/// [`trim_suffix`], about 1 KB of it gzipped).
pub(crate) fn trim_prefix<'s>(mut s: &'s str, prefix: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(prefix) {
        s = rest;
    }
    s
}

/// `s` without any repeats of `suffix` at its end: what
/// `s.trim_end_matches(suffix)` answers (see [`trim_prefix`]).
pub(crate) fn trim_suffix<'s>(mut s: &'s str, suffix: &str) -> &'s str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// `word` copied into `buf` with each typographic apostrophe (’) made a
/// straight one, and its new length; `None` when another non-ASCII
/// character is left or the copy does not fit.
pub(crate) fn straight_apostrophes(word: &[u8], buf: &mut [u8; 24]) -> Option<usize> {
    const CURLY: &[u8] = "’".as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < word.len() {
        let b = if word[i..].starts_with(CURLY) {
            i += CURLY.len();
            b'\''
        } else if word[i].is_ascii() {
            i += 1;
            word[i - 1]
        } else {
            return None;
        };
        *buf.get_mut(n)? = b;
        n += 1;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_agrees_with_std_but_for_final_sigma() {
        for s in [
            "Élysée Palace",
            "ZÜRICH",
            "İstanbul",
            "Ἀθῆναι",
            "plain ascii",
            "Kim Jong Un 🙂",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
        // Both sides of every comparison go through `lowercase`, so the
        // sigma it leaves is the one they share.
        assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
        assert_eq!("ΟΔΟΣ".to_lowercase(), "οδος");
    }

    #[test]
    fn every_form_is_lower_case_and_found() {
        for &(lemma, category, _, _, forms) in VERBS {
            for form in WordList(forms) {
                assert_eq!(form.to_ascii_lowercase(), form);
                let v = cue_verb(form).unwrap();
                // A form shared by two verbs belongs to the first listed.
                if v.lemma == lemma {
                    assert_eq!(v.category, category);
                }
            }
        }
    }

    #[test]
    fn categories() {
        assert_eq!(cue_verb("denied").unwrap().category, CueCategory::Deny);
        assert!(cue_verb("saying").unwrap().participle);
        assert_eq!(cue_verb("accused").unwrap().frame, Frame::Object);
        assert!(cue_verb("voiced").is_none());
    }

    #[test]
    fn prepositions_open_a_gap() {
        for w in [
            "to", "via", "on", "in", "after", "before", "during", "with", "outside",
        ] {
            assert!(opens_gap(w), "{w}");
        }
        assert!(!opens_gap("the") && !opens_gap("policy"));
    }

    #[test]
    fn every_listed_word_is_found() {
        type Lookup = fn(&str) -> bool;
        let tables: [(WordList, Lookup); 8] = [
            (TITLES, is_title),
            (MALE_TITLES, is_male_title),
            (FEMALE_TITLES, is_female_title),
            (ORG_NOUNS, is_org_noun),
            (PLACE_NOUNS, is_org_noun),
            (GROUP_NOUNS, is_group_noun),
            (REBUTTAL_WORDS, is_rebuttal_word),
            (CLAIM_ANAPHORS, is_claim_anaphor),
        ];
        for (table, lookup) in tables {
            for w in table {
                assert!(lookup(w), "{w} is listed but not found");
                assert!(!lookup(&format!("{w}x")), "{w}x is found but not listed");
            }
        }
        assert!(!is_title("") && !is_org_noun("President") && !is_group_noun("critic"));
        for &(_, _, _, _, forms) in VERBS {
            for form in WordList(forms) {
                assert!(is_cue_word(form));
            }
        }
        assert!(!is_cue_word("sai") && !is_cue_word("the"));
        for &(noun, _) in CLAIM_NOUNS {
            assert!(is_cue_word(noun));
            let first = CLAIM_NOUNS
                .iter()
                .find(|(n, _)| *n == noun)
                .map(|&(_, c)| c);
            assert_eq!(claim_noun(noun), first);
            assert_eq!(claim_noun(&format!("{noun}x")), None);
        }
    }

    #[test]
    fn the_table_answers_as_the_lists() {
        let t = table(false);
        for w in TITLES {
            assert_eq!(is_person_title(w), !NOT_PERSON_TITLES.contains(w), "{w}");
        }
        assert!(!is_person_title("critic") && is_title("head") && !is_title("heads"));
        for w in NAME_JOINERS {
            assert!(Lex::NameJoiner.holds(w), "{w}");
        }
        assert!(!Lex::NameJoiner.holds("the"));
        for (flag, words) in crate::counterclaim::FLAGGED {
            for w in words {
                assert!(t.entry(w).counter & flag != 0, "{w}");
            }
        }
        assert_eq!(t.entry("policy").counter, 0);
        // A cue may start at a claim noun, a verb form, "according", "as".
        for w in ["according", "as"] {
            assert_eq!(t.entry(w).cue, 1, "{w}");
        }
        assert_eq!(t.verb(t.entry("said").cue).map(|v| v.lemma), Some("say"));
        assert_eq!(t.entry("policy").cue, 0);
        assert!(t.verb(0).is_none() && t.verb(1).is_none());
        assert!(t.claim_noun(0).is_none() && t.claim_noun(1).is_none());
        for w in ["allegation", "claims", "said", "policy", "according"] {
            let cue = t.entry(w).cue;
            assert_eq!(t.claim_noun(cue), claim_noun(w), "{w}");
            assert_eq!(t.verb(cue).map(|v| v.lemma), cue_verb(w).map(|v| v.lemma));
        }
        assert!(t.verb(t.entry("allegation").cue).is_none());
        for &(noun, _) in CLAIM_NOUNS {
            assert_eq!(t.claim_noun(t.entry(noun).cue), claim_noun(noun), "{noun}");
        }
    }

    #[test]
    fn lowering() {
        let mut buf = [0; 24];
        assert_eq!(lower("Said", &mut buf), Some("said"));
        assert_eq!(lower("Sørensen", &mut buf), None);
    }
}
