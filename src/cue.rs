//! Finding the cues of attribution in a sentence: reporting verbs,
//! "according to", claim nouns ("a suggestion by"), and the dash that signs a
//! quote.

use crate::article::Article;
use crate::lexicon::{self, CueVerb, Frame, Lex, WordList, WordSet};
use crate::model::CueCategory;
use crate::token::Kind;
use std::ops::Range;

/// What sort of cue was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb ("said", "hit back").
    Verb(CueVerb),
    /// "according to", with the source after it.
    According,
    /// A claim noun with its source: "a suggestion by X that", "X's claim that".
    Noun {
        /// True for "X's claim" (source before), false for "claim by X".
        possessive: bool,
    },
}

/// One cue in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Tokens of the cue ("hit back" is two).
    pub tokens: Range<usize>,
    /// Verb, "according to" or claim noun.
    pub kind: CueKind,
    /// What the cue says the speaker did.
    pub category: CueCategory,
}

impl Cue {
    /// The verb's frame, or `Clause` for other cues.
    pub fn frame(&self) -> Frame {
        match self.kind {
            CueKind::Verb(v) => v.frame,
            _ => Frame::Clause,
        }
    }

    /// The verb entry, for verb cues.
    pub fn verb(&self) -> Option<CueVerb> {
        match self.kind {
            CueKind::Verb(v) => Some(v),
            _ => None,
        }
    }
}

/// Where the run of capitalised words from `from` ends, at `hi` at most.
fn capitals_end(a: &Article, from: usize, hi: usize) -> usize {
    let mut k = from;
    while k < hi && a.tokens[k].upper && a.tokens[k].kind == Kind::Word {
        k += 1;
    }
    k
}

/// Readings of the reporting verb at `i` (its cue ending at `end`) that are
/// no speech, whatever follows.
fn not_speech(a: &Article, verb: CueVerb, i: usize, end: usize, range: Range<usize>) -> bool {
    let after = |k: usize| a.tokens.get(k);
    // "boasts a 45-point lead", "still boasts just one supermarket": what
    // someone has; "writes a weekly column": what someone writes, with no
    // content. Not inverted after its content: `"Meh," wrote a supporter`.
    let object_np =
        a.in_group(end, Lex::ObjectStart) || after(end).is_some_and(|t| t.kind == Kind::Number);
    if matches!(verb.lemma, "boast" | "write")
        && !verb.participle
        && object_np
        && !(i > range.start && (a.is(i - 1, ",") || a.tokens[i - 1].kind == Kind::Quote))
    {
        return true;
    }
    // "knew Ali for decades": whom someone knows, a name then no verb (not
    // "knew Trump would lose").
    if verb.lemma == "know"
        && (a.is_any(end, &["him", "her", "them", "me", "us"])
            || after(end).is_some_and(|t| t.upper && t.kind == Kind::Word)
                && !a.is_in(end, Lex::Pronoun)
                && a.is_any(
                    capitals_end(a, end, a.tokens.len()),
                    &["for", "since", "from", "as", "well", "personally", ".", ","],
                ))
    {
        return true;
    }
    // "beyond reasonable doubt that …", "without doubt": the noun. (Not
    // "left little doubt that …", which PolNeAR counts as the source's.)
    if verb.lemma == "doubt"
        && i > range.start
        && a.is_any(i - 1, &["reasonable", "without", "beyond"])
    {
        return true;
    }
    // "legal costs, estimated at £400,000": a value, not a forecast.
    if verb.lemma == "estimate"
        && a.is(end, "at")
        && a.tokens
            .get(end + 1)
            .is_some_and(|t| t.kind != Kind::Word || a.is(end + 1, "about"))
    {
        return true;
    }
    // "The march, expected to draw 8,000 people", "is expected to pass":
    // a passive with no one expecting. (Not after "and": "had hired 14
    // surveyors and expected to finish" is the subject's.)
    if verb.lemma == "expect"
        && a.is(i, "expected")
        && a.is(end, "to")
        && i > range.start
        && a.is_any(
            i - 1,
            &[",", "is", "are", "was", "were", "be", "been", "being"],
        )
    {
        return true;
    }
    // "testifying in his own defence": how, not what.
    if a.is(end, "in")
        && a.is_any(end + 1, &["his", "her", "their", "its", "my", "our"])
        && a.is(end + 2, "own")
        && a.is_any(end + 3, &["defense", "defence"])
    {
        return true;
    }
    // "a compound found in green tea": where something is, a participle
    // after its noun ("the study found in 2019 that …" still reports).
    if verb.lemma == "find"
        && a.is(i, "found")
        && i > range.start
        && a.tokens[i - 1].kind == Kind::Word
        && !a.tokens[i - 1].upper
        && !a.is_in(i - 1, Lex::Pronoun)
        && !a.is_in(i - 1, Lex::Auxiliary)
        && a.is_any(
            end,
            &[
                "in",
                "at",
                "on",
                "near",
                "among",
                "inside",
                "across",
                "throughout",
                "within",
            ],
        )
        && !(end..range.end.min(end + 6)).any(|j| a.is(j, "that"))
    {
        return true;
    }
    // "helps explain why": a cause.
    if verb.lemma == "explain"
        && i > range.start
        && a.is_any(i - 1, &["help", "helps", "helped", "helping"])
    {
        return true;
    }
    // Adjectives: "is telling in its own right"; "475 pledged delegates"
    // (not "an ad in 2008 questioned whether"); "known terrorist groups" (as
    // a verb the participle follows "has" or "had").
    let word = a.word(i);
    if word == "telling"
        && i > range.start
        && a.is_any(i - 1, &["is", "was", "are", "were"])
        && a.is_any(end, &[".", ",", "in", "that", "because", "of", "about"])
        || word.ends_with("ed")
            && i > range.start
            && a.tokens[i - 1].kind == Kind::Number
            && after(end).is_some_and(|t| t.kind == Kind::Word && !t.upper)
            && a.word(end).ends_with('s')
        || word == "known" && !(i > range.start && a.is_any(i - 1, &["has", "have", "had"]))
    {
        return true;
    }
    // "says something about the media": what a thing reveals.
    if verb.lemma == "say"
        && a.is_any(end, &["something", "volumes", "a", "lots"])
        && (end + 1..range.end.min(end + 3)).any(|j| a.is(j, "about"))
    {
        return true;
    }
    // "who said and did the same things": a shared object, no content
    // ("derided and insulted X" criticises).
    verb.category == CueCategory::Assert
        && a.is_any(end, &["and", "or"])
        && i > range.start
        && a.tokens[i - 1].kind == Kind::Word
        && after(end + 1).is_some_and(|t| t.kind == Kind::Word)
        && a.cue_verb(end + 1).is_none()
        && (a.word(end + 1).ends_with("ed") || a.is_any(end + 1, &["did", "does", "do", "made"]))
}

/// Objects after "claimed" that make it an act, not speech: "claimed the
/// lives of", "claimed responsibility".
static CLAIM_OBJECTS: WordSet = WordSet::new(WordList(
    "lives life responsibility victory credit title seat seats ownership asylum prize stake \
     throne top spot place share win crown land territory",
));

/// Nouns for a message that can carry reported words: "a statement saying".
fn is_message_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "statements"
            | "message"
            | "messages"
            | "response"
            | "letter"
            | "email"
            | "e-mail"
            | "post"
            | "tweet"
            | "note"
            | "memo"
            | "release"
            | "video"
            | "ad"
            | "advert"
            | "interview"
            | "remarks"
            | "text"
            | "report"
            | "op-ed"
            | "column"
            | "speech"
            | "sign"
            | "signs"
            | "banner"
            | "petition"
            | "tweets"
            | "posts"
            | "letters"
            | "emails"
            | "e-mails"
            | "notes"
            | "memos"
            | "releases"
            | "videos"
            | "ads"
            | "interviews"
            | "texts"
            | "reports"
            | "columns"
            | "speeches"
            | "banners"
            | "petitions"
            | "responses"
            | "leaflet"
            | "leaflets"
            | "flyer"
            | "flyers"
            | "mailer"
            | "mailers"
            | "commercial"
            | "commercials"
    )
}

/// Skips a time phrase after a cue: "announced on Monday", "said last week",
/// "ruled Wednesday".
fn skip_time(a: &Article, mut j: usize, hi: usize) -> usize {
    if j < hi
        && (a.is_any(
            j,
            &[
                "on",
                "last",
                "this",
                "late",
                "early",
                "earlier",
                "yesterday",
                "today",
                "tonight",
            ],
        )
        // "ruled Wednesday", in American style.
        || a.is_in(j, Lex::Weekday))
    {
        j += 1;
        while j < hi && (a.is_in(j, Lex::TimeWord) || a.tokens[j].kind == Kind::Number) {
            j += 1;
        }
    }
    j
}

/// The most words, outside quotes, a headline has.
const HEADLINE_MAX: usize = 60;

/// A sentence in title case: nearly every word outside quotes capitalised.
fn is_headline(a: &Article, range: Range<usize>) -> bool {
    // This runs for every capitalised cue verb ("the United States"):
    // counted, not listed, over quotes in one step, and only as far as a
    // headline goes, or a sentence of nothing but such verbs would be
    // counted once for each.
    let (mut words, mut upper) = (0, 0);
    let mut j = range.start;
    while j < range.end {
        if let Some(q) = a.quote_opened_at(j) {
            j = q.end.max(j + 1);
            continue;
        }
        if a.tokens[j].kind == Kind::Word && !a.in_quote(j) {
            words += 1;
            if words > HEADLINE_MAX {
                return false;
            }
            upper += usize::from(a.tokens[j].upper);
        }
        j += 1;
    }
    words >= 4 && upper * 10 >= words * 8
}

/// The cues in `range` (one sentence), in order, outside quotes.
pub fn find(a: &Article, range: Range<usize>) -> Vec<Cue> {
    let mut out = Vec::new();
    find_into(a, range, &mut out);
    out
}

/// [`find`], in `out` (cleared first): a list kept from sentence to sentence.
pub(crate) fn find_into(a: &Article, range: Range<usize>, out: &mut Vec<Cue>) {
    out.clear();
    let mut i = range.start;
    while i < range.end {
        // Most words are neither a reporting verb nor a claim noun nor
        // "according": one look at the form's flag.
        if !a.may_cue(i) || a.in_quote(i) || a.tokens[i].kind != Kind::Word {
            i += 1;
            continue;
        }
        if a.is_word(i, "according") && a.is(i + 1, "to") && i + 2 < range.end {
            out.push(Cue {
                tokens: i..i + 2,
                kind: CueKind::According,
                category: CueCategory::Assert,
            });
            i += 2;
            continue;
        }
        // "As reported by X, C" and "C, as first reported by X": a source
        // named the way "according to" names one.
        if a.is_word(i, "as") && !crate::claim::interrupts_phrase(a, i) {
            let v = i + 1 + usize::from(a.is_any(i + 1, &["first", "previously", "earlier"]));
            if a.is_any(v, &["reported", "noted", "revealed", "detailed"])
                && a.is(v + 1, "by")
                && v + 2 < range.end
            {
                out.push(Cue {
                    tokens: i..v + 2,
                    kind: CueKind::According,
                    category: CueCategory::Assert,
                });
                i = v + 2;
                continue;
            }
            // "As X put it, C" and "C, as X put it.": the one use of "put"
            // that reports, its subject a short noun phrase.
            if let Some(p) = (i + 2..range.end.min(i + 8))
                .take_while(|&j| !a.is_separator(j) && a.tokens[j].kind != Kind::Quote)
                .find(|&j| a.is_word(j + 1, "it") && a.is_any(j, &["put", "puts"]))
            {
                out.push(Cue {
                    tokens: p..p + 2,
                    kind: CueKind::Verb(lexicon::PUT_IT),
                    category: CueCategory::Assert,
                });
                i = p + 2;
                continue;
            }
        }
        if !a.is_in(i, Lex::CueWord) {
            i += 1;
            continue;
        }
        if let Some(cue) = verb_cue(a, i, range.clone()) {
            i = cue.tokens.end;
            out.push(cue);
            continue;
        }
        if let Some(cue) = noun_cue(a, i, range.clone()) {
            i = cue.tokens.end;
            out.push(cue);
            continue;
        }
        i += 1;
    }
}

/// "to" opening an infinitive: a lower-case word after it that does not
/// open a noun phrase ("to repeal the law", not "to the voters").
pub(crate) fn infinitive(a: &Article, s: usize, hi: usize) -> bool {
    // "urged both sides to 'get back in a room'": the verb may open a quote.
    let v = s + 1 + usize::from(s + 1 < hi && a.quote_opened_at(s + 1).is_some());
    v < hi
        && a.is(s, "to")
        && a.tokens[v].kind == Kind::Word
        && !a.tokens[v].upper
        && !a.lower_is(v, |w| {
            a.is_in(v, Lex::Determiner)
                || a.is_in(v, Lex::NpBreaker) && !matches!(w, "be" | "have")
                // "the stalls promised to hawkers in 2019 were …", "promised
                // to displaced traders": a plural noun or a participle
                // before one, not a verb ("to need", "to succeed" are).
                || w.len() > 3
                    && (w.ends_with('s')
                        && !w.ends_with("ss")
                        && !w.ends_with("us")
                        && !w.ends_with("is")
                        || w.ends_with("ed") && !w.ends_with("eed") && w != "embed")
        })
}

/// The content of a verb that needs a marker opens at `s` without one: a
/// bare clause, or an infinitive after a verb of intention.
pub(crate) fn unmarked_content(a: &Article, verb: lexicon::CueVerb, s: usize, hi: usize) -> bool {
    // "estimated its gross at $410 million": a figure put on a thing.
    if verb.lemma == "estimate"
        && (s..hi.min(s + 8))
            .take_while(|&j| !a.is_separator(j))
            .any(|j| {
                a.is(j, "at") && (j + 1..hi.min(j + 3)).any(|k| a.tokens[k].kind == Kind::Number)
            })
    {
        return true;
    }
    // "challenged the company's warning, saying …": a dispute of what the
    // object names, answered by the participle after it.
    if verb.category == CueCategory::Deny && verb.frame == lexicon::Frame::Object {
        let sep = (s..hi.min(s + 8)).find(|&j| a.is_separator(j));
        if sep.is_some_and(|p| {
            p > s && a.is(p, ",") && a.cue_verb(p + 1).is_some_and(|v| v.participle)
        }) {
            return true;
        }
    }
    if !verb.infinitive {
        return bare_clause(a, s, hi);
    }
    // "urged the party to unite": the addressee, then the infinitive;
    // "expects the bill to pass": what is expected, then what it will do.
    let object_then_infinitive = || {
        (s + 1..hi.min(s + 8))
            .take_while(|&j| !a.is_separator(j))
            .any(|j| infinitive(a, j, hi))
    };
    if verb.frame == lexicon::Frame::Object {
        return object_then_infinitive();
    }
    if verb.lemma == "expect" {
        if expects_of_a_subject(a, s) && object_then_infinitive() {
            return true;
        }
        // "expects to resume flights on Friday": the subject's own plan,
        // not a claim: the blind sets marked one of the seven the rules
        // found, and PolNeAR dev scores higher without them.
        if !a.wide() {
            return bare_clause(a, s, hi);
        }
    }
    // "plans to cut 300 jobs": an intention, not a claim, as in `intends`;
    // "hopes the plan will work" still is.
    if intends(verb.lemma) && !a.wide() {
        return bare_clause(a, s, hi);
    }
    // "vowed not to repeat that mistake": a negated infinitive.
    let s = if a.is_any(s, &["not", "never"]) {
        s + 1
    } else {
        s
    };
    bare_clause(a, s, hi) || infinitive(a, s, hi)
}

/// "plans to cut 300 jobs", "hopes to begin demolition in the spring":
/// verbs whose infinitive states the subject's own intention, which
/// ANNOTATION.md's claims leave out (the blind sets marked none of the nine
/// the rules found) and PolNeAR counts (see `crate::wide`).
pub(crate) fn intends(lemma: &str) -> bool {
    matches!(lemma, "plan" | "hope" | "want" | "intend" | "seek")
}

/// Whether "expect" right before `s` has a subject of its own in a main
/// clause. Not a coordinated verb ("said … and expected Pennant to review
/// its prices" is one claim), nor the verb of an embedded question or a
/// clause of place or time ("asked whether she expected it to", "where he
/// expects demand to double"): there the reporter, not the speaker, frames
/// the expectation.
fn expects_of_a_subject(a: &Article, s: usize) -> bool {
    let Some(v) = s
        .checked_sub(1)
        .filter(|&v| v > 0 && a.cue_verb(v).is_some())
    else {
        return false;
    };
    let embeds = |k: usize| a.is_any(k, &["whether", "if", "where", "when", "while"]);
    let embedded = embeds(v - 1) || v > 1 && embeds(v - 2);
    !a.is_any(v - 1, &["and", "or"]) && !embedded
}

/// A complement clause without "that" opens at `s`: a subject pronoun ("think
/// they will"), or a noun phrase of up to eleven words, then an auxiliary or
/// modal ("expects the bill will pass", "found 40% of voters are unsure"). The
/// finite verb is what tells "hopes his plan will work" from "hopes his plan".
fn bare_clause(a: &Article, s: usize, hi: usize) -> bool {
    if s >= hi || a.in_quote(s) {
        return false;
    }
    if a.is_any(s, &["he", "she", "they", "we", "i", "you"]) {
        return s + 1 < hi && a.tokens[s + 1].kind == Kind::Word;
    }
    // "riders charged twice for a fare would be refunded": an adverb of
    // repetition after the verb modifies it; no clause opens on one.
    if a.is_any(s, &["twice", "thrice", "again", "repeatedly"]) {
        return false;
    }
    let mut j = s;
    while j < hi.min(s + 12) {
        let t = &a.tokens[j];
        if j > s && t.kind == Kind::Word && a.is_in(j, Lex::FiniteAux) {
            return true;
        }
        let inside_np = match t.kind {
            // A noun phrase may hold a preposition: "the case against him is".
            Kind::Word => {
                !a.is_in(j, Lex::NpBreaker)
                    || j > s
                        && a.is_any(
                            j,
                            &[
                                "of", "in", "against", "for", "on", "at", "from", "with", "about",
                            ],
                        )
            }
            Kind::Number | Kind::Possessive => true,
            _ => a.is(j, "%") || a.is(j, "-"),
        };
        if !inside_np {
            return false;
        }
        j += 1;
    }
    false
}

/// "Four said", "One in four said", "All but two said": a count standing
/// alone for people, the verb's subject, where after "the" ("the one said
/// to be …") or before a noun ("two claims") it is none.
fn counted_subject(a: &Article, p: usize, lo: usize) -> bool {
    let count = |j: usize| is_count(a, j);
    let opens = |j: usize| {
        j == lo || a.is_separator(j - 1) || a.is_any(j - 1, &["and", "but", "yet", "while"])
    };
    count(p)
        && (opens(p)
            // "The three told this newspaper …": the people just counted
            // ("the one said to be …" is someone described).
            || p > lo && a.is(p - 1, "the") && opens(p - 1) && !a.is(p, "one")
            || p >= lo + 2 && a.is(p - 1, "in") && count(p - 2)
            || p >= lo + 2 && a.is(p - 1, "but") && a.is(p - 2, "all"))
}

/// A number, in figures or a word up to ten.
pub(crate) fn is_count(a: &Article, j: usize) -> bool {
    a.tokens[j].kind == Kind::Number
        || a.lower_is(j, |w| {
            matches!(
                w,
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
            )
        })
}

/// "polls show Sanders surging", "…, records show.": a verb of evidence at
/// `i` whose subject, right before it, is a record reports without a marker.
pub(crate) fn by_record(a: &Article, verb: lexicon::CueVerb, i: usize, lo: usize) -> bool {
    lexicon::is_evidence_verb(verb.lemma)
        && !verb.participle
        && i > lo
        && {
            // "a new poll that shows …"
            let n = if i > lo + 1 && a.is_any(i - 1, &["that", "which"]) {
                i - 2
            } else {
                i - 1
            };
            // "video of the incident shows …", "an average of recent polls shows …"
            is_record(a, n, lo)
                || record_before(a, i, lo).is_some()
                || (lo.max(i.saturating_sub(10))..i.saturating_sub(2))
                    .rev()
                    .take_while(|&j| !a.is_separator(j) && !a.in_group(j, Lex::Relative))
                    .any(|j| a.is(j + 1, "of") && is_record(a, j, lo))
        }
        && !a.is_any(i + 1, &["up", "off", "out", "to", "for", "in", "on"])
}

/// Token `n` is a record that can report: "poll", "records", "video".
fn is_record(a: &Article, n: usize, lo: usize) -> bool {
    a.lower_is(n, lexicon::is_document_noun) && (!a.tokens[n].upper || n == lo)
}

/// "a poll released last week showed …", "polls this month show …": a
/// record before the verb at `i`, with only a phrase of time, after a
/// participle or not, between them, is the verb's subject.
pub(crate) fn record_before(a: &Article, i: usize, lo: usize) -> Option<usize> {
    (lo.max(i.saturating_sub(5))..i.saturating_sub(1))
        .rev()
        .find(|&j| {
            let mut m = j + 1;
            if a.tokens[m].kind == Kind::Word && !a.tokens[m].upper && a.word(m).ends_with("ed") {
                m += 1;
            }
            m = skip_time(a, m, i);
            while m < i && a.is_in(m, Lex::TimeWord) {
                m += 1;
            }
            m == i && is_record(a, j, lo)
        })
}

/// The record of [`record_before`] when the word at `i` is a verb of evidence.
// Kept out of line: inlined into the subject search, it cost a kilobyte of wasm.
#[inline(never)]
pub(crate) fn record_subject(a: &Article, i: usize, lo: usize) -> Option<usize> {
    a.cue_verb(i)
        .filter(|v| lexicon::is_evidence_verb(v.lemma))
        .and_then(|_| record_before(a, i, lo))
}

/// `"…," he declared at the debate.`: the verb at `i` follows a short
/// subject (a pronoun or a name) that follows a closing quote.
fn subject_after_quote(a: &Article, i: usize, lo: usize) -> bool {
    let mut j = i;
    // "Mr. Clarke recalled": the dot of a title stays inside the name.
    let title_dot =
        |j: usize| a.is(j, ".") && j > lo && a.tokens[j - 1].upper && !a.tokens[j].space_before;
    while j > lo && i - j < 5 && (a.tokens[j - 1].kind == Kind::Word || title_dot(j - 1)) {
        let upper = a.tokens[j - 1].upper;
        if !(upper || title_dot(j - 1) || a.is_in(j - 1, Lex::Pronoun)) {
            return false;
        }
        j -= 1;
    }
    j < i && j > lo && a.quote_before(j - 1, lo).is_some()
}

/// "with 30 percent of voters saying …": the start of the noun phrase
/// between "with" and a participle at `i`, which is the participle's subject.
pub(crate) fn with_subject(a: &Article, i: usize, lo: usize) -> Option<usize> {
    // Also "footage of the mayor saying …", "a recording of him telling …":
    // a recording of someone speaking.
    let w = (lo.max(i.saturating_sub(7))..i.saturating_sub(1))
        .rev()
        .find(|&j| {
            a.is(j, "with")
                // "with traders refusing to move and councillors accusing
                // …": the second of two absolute phrases.
                || a.is(j, "and")
                    && (lo.max(j.saturating_sub(12))..j)
                        .rev()
                        .find(|&w| a.is(w, "with"))
                        .is_some_and(|w| (w + 2..j).any(|p| a.with_lower(p, |x| x.ends_with("ing"))))
                || a.is(j, "of")
                    && j > lo
                    && a.is_any(
                        j - 1,
                        &["footage", "video", "clip", "recording", "tape", "audio"],
                    )
        })?;
    let np = w + 1..i;
    np.clone()
        .all(|j| match a.tokens[j].kind {
            Kind::Word => {
                a.is_any(j, &["of", "the", "a", "an", "all"])
                    || !a.is_in(j, Lex::NpBreaker) && a.cue_verb(j).is_none()
                    // "with three in 10 saying …"
                    || a.is(j, "in") && j > w + 1 && is_count(a, j - 1) && is_count(a, j + 1)
            }
            Kind::Number | Kind::Possessive => true,
            _ => a.is(j, "%"),
        })
        .then_some(np.start)
}

/// "quoted the minister as saying …": the place of "quoted" before the
/// "as" that precedes the participle at `i`, with the one quoted between
/// them (commas of an apposition allowed, no other break).
pub(crate) fn quoted_as(a: &Article, i: usize, lo: usize) -> Option<usize> {
    if i < lo + 3 || !a.is(i - 1, "as") {
        return None;
    }
    let q = (lo.max(i.saturating_sub(14))..i - 1)
        .rev()
        .take_while(|&j| !a.is_separator(j) || a.is(j, ","))
        .find(|&j| a.is(j, "quoted"))?;
    // The one quoted stands between, or is the subject of a passive: "X
    // was quoted as saying".
    let passive = q + 2 == i && q > lo && a.is_any(q - 1, &["was", "is", "were", "been"]);
    (!a.in_quote(q) && (q + 2 < i || passive)).then_some(q)
}

/// "calls this a false narrative", "call it the nerd prom", "calls her
/// record a “blueprint”": after "call", a short object and then the name
/// it is given (not "call it a day").
pub(crate) fn names_object(a: &Article, end: usize, hi: usize) -> bool {
    let k = if a.is_any(end, &["it", "this", "that", "these", "those"]) {
        end + 1
    } else if a.lower_is(end, |w| {
        matches!(w, "the" | "his" | "her" | "their" | "its" | "our")
    }) {
        (end + 1..hi.min(end + 4))
            .find(|&j| a.in_group(j, Lex::Article) || a.quote_opened_at(j).is_some())
            .filter(|&j| (end + 1..j).all(|w| a.tokens[w].kind == Kind::Word && !a.tokens[w].upper))
            .unwrap_or(end)
    } else {
        end
    };
    k > end
        && k + 1 < hi
        && (a.in_group(k, Lex::Article) || a.quote_opened_at(k).is_some())
        && !a.is_any(k + 1, &["day", "night", "quits", "bluff"])
}

/// The "and" right before token `i`, or before the one adverb there ("and
/// pointedly saying"), at or after `lo`.
pub(crate) fn and_before(a: &Article, i: usize, lo: usize) -> Option<usize> {
    let and = i
        .checked_sub(1 + usize::from(i > lo && a.lower_is(i - 1, lexicon::is_adverb_ly)))
        .filter(|&j| j >= lo)?;
    a.is(and, "and").then_some(and)
}

/// "by calling them liars and vowing to …": a participle after "and" that
/// joins it to a participle cue set off as one ("…, saying", "by saying").
fn coordinated_participle(a: &Article, i: usize, lo: usize) -> bool {
    let Some(and) = and_before(a, i, lo) else {
        return false;
    };
    and > lo
        && (lo.max(and.saturating_sub(20))..and)
            .rev()
            .take_while(|&j| a.in_quote(j) || !a.is_any(j, &[";", ".", ":"]))
            .any(|j| {
                j > lo
                    && a.cue_verb(j).is_some_and(|v| v.participle)
                    && a.is_any(j - 1, &[",", "by", "while", "after", "before", "when"])
            })
}

/// "asked reporters, “…”", "asks her, “…”": a verb of asking, its
/// addressee in a few words, then a comma and the quoted question.
fn asked_quote(a: &Article, verb: CueVerb, end: usize) -> bool {
    lexicon::asks(verb.lemma)
        && (end..a.tokens.len().min(end + 4))
            .find(|&j| a.tokens[j].kind != Kind::Word)
            .is_some_and(|j| j > end && a.is(j, ",") && a.quote_opened_at(j + 1).is_some())
}

/// Where a reported question opens after "asked" at `s`: a wh-word right
/// after the verb or its addressee ("asked whether", "asked Trump if").
pub(crate) fn question_after(a: &Article, s: usize, hi: usize) -> Option<usize> {
    (s..hi.min(s + 5))
        .take_while(|&j| a.tokens[j].kind == Kind::Word)
        .find(|&j| a.lower_is(j, lexicon::is_question_word))
}

/// Whether "call" with its object at `o` sends someone somewhere ("call
/// her supporters onto the streets", "called the strike off") rather than
/// calling something something.
fn summons(a: &Article, o: usize, hi: usize) -> bool {
    // ("called for an inquiry into …", "called on them to …" ask.)
    !a.is_any(o, &["for", "on", "upon"])
        && (o..hi.min(o + 5))
            .take_while(|&j| a.tokens[j].kind == Kind::Word)
            .any(|j| {
                a.is_any(
                    j,
                    &[
                        "onto", "into", "back", "off", "up", "home", "away", "together",
                    ],
                )
            })
}

/// Whether "call" with its object at `o` convenes or orders something:
/// "called the vote last year", "called a snap election.": an object of
/// one noun (two after "a"), then the clause ends or a time follows, with
/// nothing it is called. (A place may be the object's: "called her vote in
/// favor of the war a mistake".)
fn convenes(a: &Article, o: usize, hi: usize) -> bool {
    if !a.is_in(o, Lex::Determiner) {
        return false;
    }
    let plain = |j: usize| j < hi && a.tokens[j].kind == Kind::Word && !a.tokens[j].upper;
    let ends = |j: usize| {
        j >= hi
            || a.is_any(j, &[",", ".", ";", ")", "last", "this", "next"])
            || a.is_in(j, Lex::TimeWord)
    };
    plain(o + 1)
        && (ends(o + 2) || a.in_group(o, Lex::IndefiniteArticle) && plain(o + 2) && ends(o + 3))
}

/// Whether the clause of the verb at `i` opens with "nobody", "none" or
/// "no one", a few words before it, with nothing but words between.
fn negative_subject(a: &Article, i: usize, lo: usize) -> bool {
    let from = lo.max(i.saturating_sub(6));
    let Some(k) = (from..i)
        .rev()
        .find(|&k| k == lo || a.tokens[k - 1].kind != Kind::Word)
    else {
        return false;
    };
    (k..i).all(|j| a.tokens[j].kind == Kind::Word)
        && (a.is_any(k, &["nobody", "none", "no-one"]) || a.is(k, "no") && a.is(k + 1, "one"))
}

fn verb_cue(a: &Article, i: usize, range: Range<usize>) -> Option<Cue> {
    let verb = a.cue_verb(i)?;
    // A capitalised verb form mid-sentence is a name ("Hope", "Post"),
    // except in a headline, where every word is capitalised.
    if a.tokens[i].upper
        && i > range.start
        && !a.is_punct(i - 1)
        && a.tokens[i - 1].kind != Kind::Quote
        && !is_headline(a, range.clone())
    {
        return None;
    }
    // "Nobody outside the company can yet say", "No one knows": a subject
    // that names no one reports no claim.
    if negative_subject(a, i, range.start) {
        return None;
    }
    // "a public official who sues must show that …", "has to prove that …":
    // what someone is obliged to say, not what they said.
    if i > range.start
        && (a.is(i - 1, "must")
            || i > range.start + 1
                && a.is(i - 1, "to")
                && a.is_any(i - 2, &["has", "have", "need", "needs"]))
    {
        return None;
    }
    // "how many claims it had received": after a plural quantifier a form
    // in -s is a plural noun, not a verb with that quantifier for subject.
    if i > range.start
        && a.word(i).ends_with('s')
        && a.is_any(i - 1, &["many", "few", "several", "numerous", "various"])
    {
        return None;
    }
    // "posted a message saying it had …", "wrote a letter to parents
    // saying …": what was posted or written is named, and the participle
    // after it is the cue of its content.
    // (Not "tweeted a warning", nor "tweeted the day after a man
    // claiming …": a message, a letter or a video is what was posted.)
    if matches!(
        verb.lemma,
        "post" | "write" | "publish" | "tweet" | "share" | "release"
    ) && a.in_group(i + 1, Lex::Determiner)
        && (i + 3..(i + 7).min(range.end))
            .take_while(|&j| a.tokens[j].kind == Kind::Word)
            .any(|j| {
                a.is_any(
                    j,
                    &[
                        "saying",
                        "stating",
                        "claiming",
                        "arguing",
                        "warning",
                        "insisting",
                    ],
                ) && (i + 2..j).any(|k| {
                    a.with_lower(k, lexicon::is_record_noun)
                        || a.is_any(
                            k,
                            &[
                                "message", "video", "note", "notice", "thread", "update", "comment",
                            ],
                        )
                })
            })
    {
        return None;
    }
    // "a former official accused of fraud", "the man charged with": a verb
    // that takes an object, followed straight by its preposition, is a
    // passive participle describing someone, not a speaker speaking.
    if verb.frame == lexicon::Frame::Object
        && !verb.participle
        && a.word(i).ends_with("ed")
        && a.is_any(i + 1, &["of", "for", "with", "over", "by", "in"])
        && !matches!(verb.lemma, "call" | "question" | "disagree")
    {
        return None;
    }
    // A past form right after a comma, then when, is a passive describing
    // someone or something: "…, questioned hours after a shooting with
    // nothing to rely on"; "The decision, announced on Monday after a board
    // meeting, follows a letter …", where, set off by commas right after
    // its clause's subject, with no "that" before the closing comma, the
    // verb after that comma is the clause's.
    if a.word(i).ends_with("ed") && i > range.start && a.is(i - 1, ",") {
        if a.is_any(
            i + 1,
            &[
                "hours", "days", "weeks", "months", "minutes", "years", "moments",
            ],
        ) && a.is_any(i + 2, &["after", "before", "later", "earlier"])
        {
            return None;
        }
        if i >= range.start + 2
            && a.tokens[i - 2].kind == Kind::Word
            && !(range.start..i - 1).any(|j| a.is_separator(j) || a.in_quote(j))
            && (a.is_any(
                i + 1,
                &[
                    "on", "in", "at", "after", "before", "during", "last", "earlier",
                ],
            ) || a.is_in(i + 1, Lex::TimeWord))
        {
            let close = (i + 1..range.end.min(i + 16))
                .find(|&j| a.is_separator(j) || a.tokens[j].kind != Kind::Word && !a.is(j, "-"));
            if close.is_some_and(|c| {
                a.is(c, ",")
                    && !(i + 1..c).any(|j| a.is(j, "that"))
                    && a.tokens
                        .get(c + 1)
                        .is_some_and(|t| t.kind == Kind::Word && !t.upper)
                    && !a.is_in(c + 1, Lex::Determiner)
                    && !a.is_in(c + 1, Lex::Pronoun)
            }) {
                return None;
            }
        }
    }
    // "spoke on condition of anonymity to describe the private talks",
    // "was not authorized to discuss the case": the leave to speak that a
    // source was or was not given, not what it said.
    if i >= range.start + 2
        && a.is(i - 1, "to")
        && a.is_any(
            i - 2,
            &[
                "anonymity",
                "authorized",
                "authorised",
                "permitted",
                "allowed",
            ],
        )
    {
        return None;
    }
    // "Not everyone accepts that the error went unnoticed": a doubt the
    // writer announces, with nobody to speak it (the voices follow; PolNeAR
    // marks "Not everyone finds the pitch compelling", so only "accept").
    if verb.lemma == "accept"
        && i <= range.start + 3
        && a.is(range.start, "not")
        && a.is_any(range.start + 1, &["everyone", "everybody", "all"])
    {
        return None;
    }
    // "the so-called 'salt-smart' labels would be …": a form in -s with
    // an auxiliary after it is a plural noun, the auxiliary's subject.
    if a.word(i).ends_with('s')
        && a.is_any(
            i + 1,
            &[
                "would", "will", "can", "could", "should", "may", "might", "must", "were", "are",
            ],
        )
    {
        return None;
    }
    // "while it argued over the cost", "argued with the referee": a
    // quarrel, with no point put.
    if verb.lemma == "argue" && a.is_any(i + 1, &["over", "with", "about"]) {
        return None;
    }
    // "Patients admitted through A&E", "was admitted to hospital": taken
    // in, not owning up to something ("admitted to lying" still is).
    if verb.lemma == "admit"
        && (a.is_any(i + 1, &["through", "into", "via"])
            || a.is(i + 1, "to")
                && (i + 2..range.end.min(i + 5)).any(|j| {
                    a.is_any(
                        j,
                        &[
                            "hospital",
                            "hospitals",
                            "ward",
                            "unit",
                            "care",
                            "clinic",
                            "hospice",
                            "school",
                            "university",
                            "college",
                        ],
                    )
                }))
    {
        return None;
    }
    // "backed the policy as written and …", "as stated, …": a participle
    // after "as" with no agent after it says how, not who spoke.
    if i > range.start
        && a.is(i - 1, "as")
        && a.lower_is(i, |w| {
            w != verb.lemma && !w.ends_with('s') && !w.ends_with("ing")
        })
        && (i + 1 >= range.end
            || a.is_punct(i + 1)
            || a.is_any(i + 1, &["and", "or", "but", "in", "on", "at", "for", "so"]))
    {
        return None;
    }
    // "Asked about it, she said", "…, asked whether he would run, …": the
    // one asked is not the one asking ("was asked" is a passive, below).
    if lexicon::asks(verb.lemma)
        && (i == range.start
            || a.is(i - 1, ",")
            || a.is_any(i - 1, &["when", "after", "once", "if", "before"])
                // "before asking her, “…”" asks.
                && !a.word(i).ends_with("ing"))
    {
        return None;
    }
    // "Asked whether he was suggesting that …, Benedetti paused": a verb in
    // the question put, before the comma that closes it, reports nothing.
    let opener = range.start + usize::from(a.is(range.start, "when"));
    if i > opener && a.is(opener, "asked") && (opener + 1..i).all(|j| !a.is(j, ",")) {
        return None;
    }
    let mut end = i + 1;
    if let Some(p) = lexicon::particle(verb.lemma) {
        if !a.is(end, p) {
            return None;
        }
        end += 1;
    }
    if not_speech(a, verb, i, end, range.clone()) {
        return None;
    }
    // A commitment or refusal reports only with its infinitive: "agreed to
    // pay", "declined not to run"; "growth declined", "agreed with her" not.
    if verb.wide && verb.infinitive {
        let s = if a.is(end, "not") { end + 1 } else { end };
        if !infinitive(a, s, range.end) {
            return None;
        }
    }
    if i > range.start {
        let prev = i - 1;
        // Negated or refused speech reports no content: "did not say", "declined to say".
        // Words only: a quote mark or a comma before the verb, as often,
        // is turned away without the list.
        if a.tokens[prev].kind == Kind::Word
            && a.is_any(
                prev,
                &[
                    "not", "never", "n't", "didn't", "doesn't", "won't", "wouldn't", "refused",
                    "declined",
                ],
            )
        {
            return None;
        }
        if a.is_word(prev, "to")
            && i >= 2
            && a.is_any(
                i - 2,
                &[
                    "declined",
                    "refused",
                    "declines",
                    "refuses",
                    "declining",
                    "refusing",
                    "unwilling",
                    "reluctant",
                    "able",
                    "unable",
                    // "needless to say, …"
                    "needless",
                    "want",
                    "wanted",
                    "wants",
                ],
            )
        {
            return None;
        }
        // Set phrases that report nothing: "easier said than done", "All
        // told, …", "Having said that, …".
        if a.is_word(prev, "easier") && a.is(end, "than")
            || a.is_word(prev, "all") && a.is(end, ",")
            || a.is_word(prev, "having") && a.is(end, "that") && a.is(end + 1, ",")
        {
            return None;
        }
        // Passive: "was told to leave", "is called", "were found". A passive
        // reporting verb reports the subject as spoken about, not speaking.
        // "is widely expected", "was later told": over adverbs too.
        let mut aux = prev;
        while aux > range.start
            && (a.is_modifier(aux)
                || a.is_any(aux, &["sometimes", "usually", "widely", "commonly"]))
            && !a.is_any(aux, &["was", "were", "is", "are"])
        {
            aux -= 1;
        }
        // ("Josphat Were said": a surname.)
        if a.in_group(aux, Lex::PassiveAux)
            && !verb.participle
            && !crate::claim::surname_like_a_function_word(a, aux)
        {
            return None;
        }
        // Determiner or possessive before: "the claim", "a call", "his post",
        // "Editor's note" are nouns. A past form is none ("McDonald's
        // said"), but for a thought ("the minister's thought").
        if a.tokens[prev].kind == Kind::Possessive
            && (if a.word(i).ends_with("ed") {
                // "Hale's proposed route", but "Kellogg's announced that".
                !a.is_any(i + 1, &["that", ":", ","])
            } else {
                a.lower_is(i, |w| w == verb.lemma || w.ends_with('s'))
                    || verb.category == CueCategory::Belief
            })
        {
            return None;
        }
        // After a preposition the base form is a noun: "remained in dispute",
        // "under question", "beyond doubt".
        // So is a present form after "of": "a set of rules that …".
        if a.in_group(prev, Lex::NounPreposition) && a.lower_is(i, |w| w == verb.lemma)
            || a.is(prev, "of") && a.lower_is(i, |w| w == verb.lemma || w.ends_with('s'))
        {
            return None;
        }
        // ("Coastal Seven rejected": a number word ending a name; "a mother
        // of three says": one ending a description.)
        let name_end = prev > range.start
            && (a.tokens[prev].upper
                && a.tokens[prev - 1].upper
                && a.tokens[prev - 1].kind == Kind::Word
                || a.is(prev - 1, "of") && is_count(a, prev));
        if a.is_in(prev, Lex::Determiner)
            && !name_end
            && !a.is_any(
                prev,
                &[
                    "all", "both", "some", "many", "several", "most", "others", "another", "each",
                    "few",
                ],
            )
            && !counted_subject(a, prev, range.start)
        {
            return None;
        }
    }
    // Present forms that are also nouns ("the state", "a call", "claims") are
    // verbs of speech only with a marker right after them.
    let word = a.word(i);
    // "polls show Sanders surging", "…, records show.": a record as the
    // subject makes a verb of evidence report without a marker.
    let evidence = by_record(a, verb, i, range.start);
    // A quote marks speech, but not after a verb of wanting or hoping: "had
    // wanted "absolute control"".
    let quote_marks = !verb.infinitive;
    // Past forms of these verbs ("worried the markets", "added 18%") report
    // speech only with "that", a colon or a quote soon after: in the eight
    // tokens after the verb, up to the first separator.
    if verb.needs_marker
        && !evidence
        && !verb.participle
        && word.ends_with("ed")
        && !(i > range.start && (a.is(i - 1, ",") || a.tokens[i - 1].kind == Kind::Quote))
        && !subject_after_quote(a, i, range.start)
        && !a.is_any(skip_time(a, end, range.end), &[".", ",", "!", "?"])
    {
        // "posted on Threads at 6:15 p.m. that …": a phrase of place and
        // time, which the content's search also reads over, may be long.
        let reach = if a.is_any(end, &["on", "in", "at"]) {
            14
        } else {
            8
        };
        let window_end = range.end.min(end + reach);
        let window_sep = (end..window_end)
            .find(|&j| a.is_separator(j))
            .unwrap_or(window_end);
        let marked = (end..window_sep)
            .any(|j| a.in_group(j, Lex::ThatOrColon) || quote_marks && a.tokens[j].kind == Kind::Quote)
            // "A, Stumpf explained earlier in the hearing, B": set off by
            // commas on both sides, with the content around it.
            || crate::claim::adverbial_then_comma(a, end, range.end)
                .is_some_and(|m| !a.cue_verb(m + 1).is_some_and(|v| v.participle))
                && (range.start.max(i.saturating_sub(5))..i).any(|j| a.is(j, ","))
            // "declared in the spin room, “…”".
            || quote_marks
                && window_sep < window_end
                && crate::claim::occasion_then_quote(a, end, window_sep)
            || lexicon::takes_question(verb.lemma) && question_after(a, end, range.end).is_some()
            || asked_quote(a, verb, end)
            || unmarked_content(a, verb, skip_time(a, end, range.end), range.end)
            // `Added the mayor, “…”`: opening the sentence, its subject after
            // it, then the quote.
            || i == range.start
                && quote_marks
                && a.is(window_sep, ",")
                && a.quote_opened_at(window_sep + 1).is_some();
        if !marked {
            return None;
        }
    }
    if verb.needs_marker
        && !evidence
        && !verb.participle
        && !word.ends_with("ed")
        && !matches!(
            word,
            "said"
                | "told"
                | "wrote"
                | "found"
                | "thought"
                | "knew"
                | "felt"
                | "shown"
                | "known"
                | "written"
                | "learnt"
        )
    {
        // "calls him a liar", "claims he was misled": a pronoun right after
        // makes the verb reading certain.
        let pronoun_after = a.lower_is(end, |w| {
            a.is_in(end, Lex::Pronoun) || matches!(w, "him" | "her" | "them" | "us" | "me")
        }) && !a.lower_is(end, |w| w == "it" || w == "i");
        let marked = a.in_group(end, Lex::ThatOrColon)
            || lexicon::takes_question(verb.lemma) && question_after(a, end, range.end).is_some()
            || verb.lemma == "call" && (a.is(end, "for") || names_object(a, end, range.end))
            || unmarked_content(a, verb, end, range.end)
            || quote_marks && a.tokens.get(end).is_some_and(|t| t.kind == Kind::Quote)
            || asked_quote(a, verb, end)
            || pronoun_after && i > range.start && !a.is_in(i - 1, Lex::Determiner);
        // Inverted after a quote or comma: `"…," states the report.`
        let inverted = i > range.start
            && (a.is(i - 1, ",") || a.tokens[i - 1].kind == Kind::Quote)
            && (a.is_in(end, Lex::Determiner) || a.tokens.get(end).is_some_and(|t| t.upper));
        // "…, she writes." and "…, The Wall Street Journal reports.": a
        // subject set off by a comma after the content, then the end.
        let trailing = inverted
            || a.is_any(end, &[".", ","])
                && i > range.start
                && (a.is_in(i - 1, Lex::Pronoun)
                    || a.lower_is(i - 1, is_message_noun) && a.quote_closed_at(i - 3).is_some()
                    // "…, the candidate's former doctor maintains.", `"…?" the
                    // narrator asks.`
                    || crate::claim::np_back(a, i - 1, range.start).is_some_and(|np| {
                        np.start > range.start
                            && (a.tokens[i - 1].upper || a.is_in(np.start, Lex::Determiner))
                            && (a.is(np.start - 1, ",") || a.quote_closed_at(np.start - 1).is_some())
                    }));
        if !marked && !trailing && !subject_after_quote(a, i, range.start) {
            return None;
        }
    }
    // The noun and adjective readings of "state" are by far the common ones.
    if verb.lemma == "state" {
        // "state Sen. Ann Lee", "state Del. X": the adjective before a title.
        if a.is_in(end, Lex::Title)
            || a.tokens.get(end).is_some_and(|t| t.upper) && a.is(end + 1, ".")
        {
            return None;
        }
        // "state troopers", "Battleground state Florida", "15 states that
        // vote": as a verb it follows a pronoun ("They state their goal is
        // …"), or a document or a break and then takes "that" or a colon
        // ("The bill states that …"), or stands inverted after a quote
        // (`"…," states the report`).
        if a.lower_is(i, |w| matches!(w, "state" | "states")) {
            let marked = a.in_group(end, Lex::ThatOrColon);
            let verb_reading = i > range.start
                && (a.is_in(i - 1, Lex::Pronoun)
                    || marked
                        && a.lower_is(i - 1, |w| {
                            is_message_noun(w)
                                || matches!(
                                    w,
                                    "document" | "bill" | "law" | "website" | "rule" | "policy"
                                )
                        })
                    || (a.is_separator(i - 1) || a.tokens[i - 1].kind == Kind::Quote)
                        && (marked
                            || a.is_in(end, Lex::Determiner)
                            || a.tokens.get(end).is_some_and(|t| t.upper)));
            if !verb_reading {
                return None;
            }
        }
    }
    // "unveiled plans to", "raised hopes that": a plural noun after a verb.
    // As verbs these forms follow their subject: a name, a pronoun, an
    // adverb, or a noun after its determiner ("the party hopes").
    if matches!(
        word,
        "plans" | "hopes" | "wants" | "pledges" | "promises" | "vows" | "fears"
    ) && i > range.start
        && !a.tokens[i - 1].upper
        && !a.lower_is(i - 1, |w| {
            a.is_in(i - 1, Lex::Pronoun)
                || a.is_in(i - 1, Lex::CueModifier)
                || a.is_in(i - 1, Lex::GroupNoun)
                || matches!(w, "who" | "which" | "that")
        })
        && !(i - 1 > range.start && a.is_in(i - 2, Lex::Determiner))
        // "Her daughter, Janet Marwood-Hale, fears that …": after the
        // comma that closes an apposition, a verb that takes "that".
        && !(a.is(i - 1, ",") && a.is(end, "that"))
    {
        return None;
    }
    // "founded a company called X", "a beer dubbed Y": a naming participle
    // after an object noun, not a speaker calling something something.
    // But "the doctor who signed the letter called Oz a quack": a name and
    // then "a"/"an" is calling someone something.
    let names_as = || {
        let k = capitals_end(a, end, range.end);
        // ("called Acme a decade ago" names a company).
        k > end
            && a.in_group(k, Lex::IndefiniteArticle)
            && !(k + 1..range.end.min(k + 4)).any(|j| a.is_in(j, Lex::TimeWord) || a.is(j, "ago"))
    };
    // "says it has opened an inquiry but has found no breach": the
    // content's own auxiliary again after "and" or "but" carries on the
    // content's subject, not the speaker's.
    if i >= range.start + 2 && a.is_any(i - 2, &["and", "but"]) {
        if let Some(aux) = a
            .form_id(i - 1)
            .filter(|_| a.is_any(i - 1, &["has", "have", "had"]))
        {
            let again = (range.start..i - 2).find(|&j| a.form_id(j) == Some(aux));
            if again.is_some_and(|j| (range.start..j).any(|k| a.cue_verb(k).is_some())) {
                return None;
            }
        }
    }
    let naming = lexicon::is_naming_verb(verb.lemma) && word.ends_with("ed");
    // The token after a quote that opens right after the verb: "called
    // 'a liar' by", "called "Two Doses, Every Child", will".
    // (Asked of naming verbs only: both its uses are theirs.)
    let after_quote = naming
        .then(|| a.quote_opened_at(end).and_then(|q| q.close))
        .flatten()
        .map(|c| c + 1);
    // "A surveyor called by the prosecution": passive, a witness summoned;
    // so is "called 'a liar' by protesters".
    if naming && (a.is(end, "by") || after_quote.is_some_and(|k| a.is(k, "by"))) {
        return None;
    }
    // Right after a common noun: "a man called …", "a female called …".
    let after_noun = naming
        && i > range.start
        && a.tokens[i - 1].kind == Kind::Word
        && !a.tokens[i - 1].upper
        && !a.lower_is(i - 1, |w| {
            a.is_in(i - 1, Lex::Pronoun)
                || a.is_in(i - 1, Lex::CueModifier)
                || a.is_in(i - 1, Lex::NpBreaker)
                || matches!(w, "and" | "or" | "but")
        });
    // "A spokeswoman for the foreign office called the seizure 'piracy'":
    // a thing and what it is called, two objects, after a noun that ends
    // a longer subject. (A name is one: "a company called the Foundry".)
    let two_objects = || {
        a.is_in(end, Lex::Determiner)
            && (end + 2..range.end.min(end + 6)).any(|j| {
                (end + 1..j).all(|k| a.tokens[k].kind == Kind::Word && !a.tokens[k].upper)
                    && (a.quote_opened_at(j).is_some() || a.in_group(j, Lex::IndefiniteArticle))
            })
    };
    if after_noun
        && !names_as()
        && !two_objects()
        && !a.is_in(i - 1, Lex::GroupNoun)
        && (2..=4).any(|k| {
            i > range.start + k
                && a.is_in(i - k, Lex::Determiner)
                && a.tokens[i - k - 1].kind == Kind::Word
                && !a.tokens[i - k - 1].upper
                && !a.lower_is(i - k - 1, |w| {
                    matches!(
                        w,
                        "and" | "but" | "or" | "that" | "while" | "when" | "because"
                    )
                })
        })
    {
        return None;
    }
    // "a three-year-old female called Ailbhe, arrived …": after a common
    // noun, a name and then a comma or a stop is the noun's name, with no
    // second object for what it is called.
    // So is a name with small words inside it: "a group called Parents
    // for Choice, which …".
    if after_noun {
        let mut k = capitals_end(a, end, range.end);
        while k > end
            && a.is_any(k, &["for", "of", "and", "&"])
            && a.tokens
                .get(k + 1)
                .is_some_and(|t| t.upper && t.kind == Kind::Word)
        {
            k = capitals_end(a, k + 1, range.end);
        }
        if k > end && (k == range.end || a.is_any(k, &[",", ".", ";", ")"])) {
            return None;
        }
    }
    if verb.lemma == "call" && (summons(a, end, range.end) || convenes(a, end, range.end)) {
        return None;
    }
    // "Older fans still call the ground 'the Tannery'": a quoted proper
    // name for a thing is its name, not a judgement of it ("called the
    // report 'a whitewash'" is one, and so is a person's nickname: "called
    // Rubio 'Little Marco'").
    if matches!(verb.lemma, "call" | "dub") && a.is_in(end, Lex::Determiner) {
        let quote = (end + 1..range.end.min(end + 6))
            .take_while(|&j| {
                a.tokens[j].kind == Kind::Word && !a.tokens[j].upper
                    || a.quote_opened_at(j).is_some()
            })
            .find_map(|j| a.quote_opened_at(j));
        if let Some(q) = quote.filter(|q| q.close.is_some() && q.end > q.first) {
            let first = q.first + usize::from(a.is(q.first, "the"));
            let proper = first < q.end
                && (first..q.end).all(|j| {
                    a.tokens[j].kind == Kind::Word
                        && (a.tokens[j].upper || a.is_any(j, &["of", "the", "and"]))
                })
                && a.tokens[first].upper;
            if proper {
                return None;
            }
        }
    }
    // "elected officials, called superdelegates, and …": a name given in
    // apposition, between commas after a common noun. Not "criticised the
    // plan, called it a disaster": an object and what it is called.
    // A quoted name is one token here, commas and all: "The campaign,
    // called "Two Doses, Every Child", will …".
    let apposed = naming && i > range.start + 1 && a.is(i - 1, ",");
    if apposed
        && a.tokens[i - 2].kind == Kind::Word
        && !a.tokens[i - 2].upper
        && after_quote.is_some_and(|k| a.is(k, ","))
    {
        return None;
    }
    if apposed
        && a.tokens[i - 2].kind == Kind::Word
        && !a.tokens[i - 2].upper
        && (end..range.end.min(end + 5))
            .find(|&j| a.is_any(j, &[",", ".", ")"]))
            .is_some_and(|close| {
                close > end
                    && !(a.is(close, ".") && a.is_in(close - 1, Lex::Abbreviation))
                    && (end..close).all(|j| {
                        a.tokens[j].kind == Kind::Word
                            && !a.lower_is(j, |w| {
                                matches!(w, "a" | "an" | "it" | "him" | "her" | "them" | "us")
                            })
                    })
            })
    {
        return None;
    }
    // "His record label, Orbit Sound, declined", "the brand's calls, …": a
    // verb that takes an object, in a form nouns share, with a comma or a
    // stop where its object would be, is the noun.
    if verb.frame == lexicon::Frame::Object
        && !word.ends_with("ed")
        && !word.ends_with("ing")
        && a.is_any(end, &[",", ".", ";", ")"])
    {
        return None;
    }
    // "a long-running dispute", "a call": a base form after an article is a noun.
    // ("A majority say they …": a subject pronoun after it makes it a verb.)
    if word.eq_ignore_ascii_case(verb.lemma)
        && (i > range.start && a.in_group(i - 1, Lex::IndefiniteArticle)
            || i > range.start + 1
                && a.in_group(i - 2, Lex::IndefiniteArticle)
                && !(a.is_in(end, Lex::Pronoun) && a.tokens[i - 1].kind == Kind::Word))
    {
        return None;
    }
    // Participles report speech only after a comma or "by": "…, saying", "opened by saying".
    // Also after a message ("a statement saying", "a text to supporters saying")
    // and in the progressive ("are quietly saying").
    // Asked of participles only: most verbs are not.
    let after_message =
        || (range.start.max(i.saturating_sub(5))..i).any(|j| a.lower_is(j, is_message_noun));
    if verb.participle
        && !after_message()
        && !progressive(a, i, range.start)
        && quoted_as(a, i, range.start).is_none()
        && !(with_subject(a, i, range.start).is_some()
            && (a.in_group(i + 1, Lex::ThatOrColon)
                || a.quote_opened_at(i + 1 + usize::from(a.is(i + 1, ","))).is_some()
                || bare_clause(a, i + 1, range.end)
                // "with residents accusing the council of …": an accusation
                // or a denial takes its content as an object. (Not "with the
                // networks calling the race", "with each questioning the
                // other's fitness": acts more than claims.)
                || verb.frame == Frame::Object
                    && (verb.category == CueCategory::Accuse
                        || matches!(verb.lemma, "deny" | "reject" | "dismiss" | "dispute"))))
        && !(i > range.start
            && (a.is_any(
                i - 1,
                &[",", "by", "while", "after", "before", "when", "—", "–"],
            ) || a.tokens[i - 1].kind == Kind::Quote
                // "criticised for saying that …", "aside from saying he …":
                // a gerund with its clause.
                || a.is_any(i - 1, &["for", "from"])
                    && (a.in_group(i + 1, Lex::ThatOrColon)
                        || a.quote_opened_at(i + 1).is_some()
                        || verb.lemma == "say" && bare_clause(a, i + 1, range.end))))
        // "…, even suggesting", "…, later adding": one adverb after the comma.
        && !(i > range.start + 1
            && a.is(i - 2, ",")
            && a.lower_is(i - 1, |w| {
                matches!(w, "even" | "later" | "also" | "again" | "then") || lexicon::is_adverb_ly(w)
            }))
        && !coordinated_participle(a, i, range.start)
    {
        return None;
    }
    // "claimed the lives of", "claimed victory", "claimed the result as a win".
    let claim_as = a.is_in(end, Lex::Determiner)
        && (end + 1..range.end.min(end + 5))
            .take_while(|&j| !a.is_any(j, &["that", ","]))
            .any(|j| a.is(j, "as"));
    // "claiming his third victory", "claiming 41 percent of the vote".
    let object_at = |j: usize| a.lower_is(j, |w| CLAIM_OBJECTS.contains(w));
    if verb.lemma == "claim"
        && (object_at(end)
            || a.is_in(end, Lex::Determiner)
                && (object_at(end + 1)
                    || a.tokens.get(end + 1).is_some_and(|t| t.kind == Kind::Word)
                        && object_at(end + 2))
            || a.tokens.get(end).is_some_and(|t| t.kind == Kind::Number)
                && a.is_any(end + 1, &["percent", "%"])
            || claim_as)
    {
        return None;
    }
    // "conceded the race", "conceding defeat": giving up, with no content.
    if verb.lemma == "concede" && {
        let k = end + usize::from(a.is_in(end, Lex::Determiner));
        a.lower_is(k, |w| {
            matches!(
                w,
                "race" | "election" | "defeat" | "nomination" | "primary" | "contest" | "victory"
            )
        })
    } {
        return None;
    }
    // "(read: a tax rise)": the reporter's own aside.
    if verb.lemma == "read" && i > range.start && a.is(i - 1, "(") {
        return None;
    }
    // "called the recall hotline", "called the police", "called 911": a
    // call made, not a name given (unless a judgement follows: "called the
    // police a disgrace").
    // ("called on police to release …" is a demand.)
    if verb.lemma == "call" && !a.is_any(end, &["on", "upon", "for", "in"]) {
        let line = (end..range.end.min(end + 4))
            .take_while(|&j| {
                a.tokens[j].kind == Kind::Number
                    || a.tokens[j].kind == Kind::Word && !a.tokens[j].upper
            })
            .find(|&j| {
                a.is_any(
                    j,
                    &[
                        "hotline",
                        "helpline",
                        "police",
                        "ambulance",
                        "switchboard",
                        "911",
                        "999",
                        "112",
                    ],
                )
            });
        if line.is_some_and(|j| {
            j + 1 >= range.end
                || a.tokens[j + 1].kind == Kind::Punct
                || a.is_any(
                    j + 1,
                    &[
                        "on", "at", "for", "to", "in", "after", "before", "when", "and",
                    ],
                )
        }) {
            return None;
        }
    }
    // "called for", "called on" take a demand, not a description; "called
    // off" is an act, and so is "called into a radio show" (but "called into
    // question" criticises).
    if verb.lemma == "call"
        && (a.is_any(end, &["off", "up", "in", "out", "back"])
            || a.is(end, "into") && !a.is_any(end + 1, &["question", "doubt"])
            // "called to mind": a reminder.
            || a.is(end, "to") && a.is(end + 1, "mind")
            // "the so called initiative": an adjective.
            || word.ends_with("ed") && i > range.start && a.is(i - 1, "so"))
    {
        return None;
    }
    // "a widely cited paper", "an alleged fraud", "the reported figure": a
    // past form after an article, with at most an adverb between, is an
    // adjective on the noun that follows.
    if word.ends_with("ed") && i > range.start {
        let mut p = i - 1;
        if p > range.start && a.is_modifier(p) {
            p -= 1;
        }
        if a.in_group(p, Lex::Article)
            && a.tokens
                .get(end)
                .is_some_and(|t| t.kind == Kind::Word && !t.upper || t.kind == Kind::Number)
            && !a.is_any(end, &["by", "that", "to", "as"])
        {
            return None;
        }
    }
    // "had been set targets and told to 'never take no'", "said when told
    // of the council's account": "told" with no one told is a passive.
    if verb.lemma == "tell"
        && a.is(i, "told")
        && (a.is(end, "to") && !a.in_group(end + 1, Lex::Determiner)
            || a.is_any(end, &["of", "about"])
                && i > range.start
                && a.is_any(
                    i - 1,
                    &["when", "after", "once", "if", "before", "as", "being"],
                ))
    {
        return None;
    }
    // "who advised on the handbook's 2019 edition, '…',": consulted, not said.
    if verb.lemma == "advise" && a.is_any(end, &["on", "about"]) {
        return None;
    }
    // "nobody could yet say by how much", "No one knows whether …": no
    // one speaks.
    let mut p = i;
    while p > range.start
        && i - p < 4
        && a.lower_is(p - 1, |w| {
            matches!(
                w,
                "could" | "can" | "would" | "will" | "yet" | "ever" | "really" | "truly" | "else"
            )
        })
    {
        p -= 1;
    }
    if p > range.start
        && (a.is_any(p - 1, &["nobody", "none"])
            || p > range.start + 1 && a.is(p - 1, "one") && a.is(p - 2, "no"))
    {
        return None;
    }
    // Belief verbs with an infinitive or preposition are not attributions: "expects to", "thinks about".
    // ("estimated in a report last month that …" says where, then what.)
    let occasion_then_that = || {
        a.is_any(end, &["in", "on"])
            && a.in_group(end + 1, Lex::Determiner)
            && (end + 2..range.end.min(end + 10))
                .take_while(|&j| !a.is_separator(j))
                .any(|j| a.is(j, "that"))
    };
    if matches!(verb.category, CueCategory::Belief | CueCategory::Predict)
        && verb.needs_marker
        && a.is_any(end, &["to", "about", "of", "for", "in", "on"])
        && !(verb.infinitive && infinitive(a, end, range.end))
        && !occasion_then_that()
    {
        return None;
    }
    Some(Cue {
        tokens: i..end,
        kind: CueKind::Verb(verb),
        category: verb.category,
    })
}

fn noun_cue(a: &Article, i: usize, range: Range<usize>) -> Option<Cue> {
    let category = a.claim_noun(i)?;
    // "X's claim that …", "her claim that …"
    if i > range.start
        && (a.tokens[i - 1].kind == Kind::Possessive || is_owner_pronoun(a, i - 1))
        && claim_noun_that(a, i + 1, range.end).is_some()
    {
        return Some(Cue {
            tokens: i..i + 1,
            kind: CueKind::Noun { possessive: true },
            category,
        });
    }
    // "a suggestion by X that …": the source must be followed by "that" soon.
    if a.is_any(i + 1, &["by", "from"]) {
        let stop = (i + 18).min(range.end);
        let that = (i + 3..stop).find(|&j| a.is(j, "that"))?;
        // No separator before "that" but the two commas around a
        // description of the source: "an estimate by the Fiscal Monitor, a
        // watchdog, that …", "a claim by its finance chief, Nadia Brandt, on
        // an investor call in January that …" (where it was made, after).
        let mut separators = (i + 2..that).filter(|&j| a.is_separator(j));
        let plain = separators.clone().next().is_none() && that <= i + 12;
        let second = separators.clone().nth(1);
        let described = separators.clone().count() == 2
            && separators.all(|j| a.is(j, ","))
            && second.is_some_and(|c| {
                c + 1 == that
                    || a.is_any(c + 1, &["on", "in", "at", "during"])
                        && (c + 2..that).all(|j| a.tokens[j].kind != Kind::Punct)
            });
        if !(plain || described) || (i + 2..that).any(|j| a.in_quote(j)) {
            return None;
        }
        let start = if i > range.start && a.is_in(i - 1, Lex::Determiner) {
            i - 1
        } else {
            i
        };
        return Some(Cue {
            tokens: start..i + 2,
            kind: CueKind::Noun { possessive: false },
            category,
        });
    }
    None
}

/// The "that" of a possessive's claim noun whose next token is `s`: right
/// there ("X's claim that …"), or after a short phrase of when or where
/// ("X's assertion in a 2022 television interview that …"), or after a
/// past participle's phrase set off by commas ("the trust's promise, made
/// in its winter plan, that …").
pub(crate) fn claim_noun_that(a: &Article, s: usize, hi: usize) -> Option<usize> {
    if a.is(s, "that") {
        return Some(s);
    }
    if a.is(s, ",")
        && a.lower_is(s + 1, |w| {
            w.ends_with("ed") || matches!(w, "made" | "given" | "written" | "set" | "put")
        })
    {
        return (s + 2..hi.min(s + 14))
            .take_while(|&j| !a.in_quote(j) && (a.tokens[j].kind != Kind::Punct || a.is(j, ",")))
            .find(|&j| a.is(j, ","))
            .filter(|&c| a.is(c + 1, "that"))
            .map(|c| c + 1);
    }
    if !a.is_any(s, &["in", "on", "during", "at", "last", "this"]) {
        return None;
    }
    (s + 1..hi.min(s + 8))
        .take_while(|&j| {
            a.tokens[j].kind != Kind::Punct && !a.in_quote(j) && a.cue_verb(j).is_none()
        })
        .find(|&j| a.is(j, "that"))
}

/// True when token `i` is a possessive pronoun ("her claim that", "its
/// warning that"): the owner of a claim noun, standing for a speaker.
pub(crate) fn is_owner_pronoun(a: &Article, i: usize) -> bool {
    a.is_any(i, &["his", "her", "its", "their"])
}

/// A participle at `i` in the progressive: "are quietly saying", "was
/// claiming", "He’s claiming". Its subject is the auxiliary's, before it.
pub(crate) fn progressive(a: &Article, i: usize, lo: usize) -> bool {
    (lo.max(i.saturating_sub(3))..i)
        .rev()
        .take_while(|&j| {
            a.lower_is(j, |w| {
                a.is_in(j, Lex::CueModifier)
                    || matches!(w, "is" | "are" | "was" | "were" | "been" | "be")
            }) || be_contracted(a, j)
        })
        .any(|j| a.is_any(j, &["is", "are", "was", "were", "been", "be"]) || be_contracted(a, j))
}

/// "he's", "they're" before a participle: a subject with its "is" or "are"
/// written into it ("He's claiming that …"). (Not "Trump's": a name's "'s"
/// is as often its possessive, "McDonald's".)
fn be_contracted(a: &Article, j: usize) -> bool {
    crate::token::pronoun_contraction(a.word(j)).is_some_and(|(_, tail)| matches!(tail, "s" | "re"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<&str> {
        let a = Article::new(text);
        let s = &a.sentences[0];
        find(&a, s.tokens.clone())
            .iter()
            .map(|c| {
                &text[a.tokens[c.tokens.start].span().start..a.tokens[c.tokens.end - 1].span().end]
            })
            .collect()
    }

    #[test]
    fn verbs_and_phrases() {
        assert_eq!(cues("Ruiz shot back that it was false."), ["shot back"]);
        assert_eq!(
            cues("Prices rose, according to the bank."),
            ["according to"]
        );
        assert_eq!(
            cues("He declined to comment on a suggestion by the White House that talks failed."),
            ["a suggestion by"]
        );
        assert_eq!(
            cues("She denied it, saying it was wrong."),
            ["denied", "saying"]
        );
    }

    #[test]
    fn false_friends() {
        assert!(cues("The fire has claimed the lives of two firefighters.").is_empty());
        assert!(cues("Okonjo declined to say when residents could return.").is_empty());
        assert!(cues("He was told to leave.").is_empty());
        assert!(cues("“We said no,” was the headline.").is_empty());
    }
}
