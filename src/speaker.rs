//! Deciding who speaks: grouping source mentions into speakers.
//!
//! Names are gathered from the whole article first ("Russian President
//! Vladimir Putin" before "Putin said"). Each source is then resolved in text
//! order: a name to the person or body it names (surname to full name, never
//! across a different first name), "the company" to the organisation the
//! article has been talking about, "a spokesperson for X" to X, "critics" to a
//! group, and "he" or "she" to the most recently active person of that gender
//! — the last one who spoke or stood as a sentence's subject, not merely the
//! last name seen.

use crate::article::Article;
use crate::blocks::Blocks;
use crate::claim::Draft;
use crate::hash::FxHashMap;
use crate::lexicon::{self, Lex, Pronoun, WordList, WordSet};
use crate::model::{ClaimKind, SpeakerKind};
use crate::span::Span;
use crate::token::Kind;
use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// One real-world source, as resolution builds it.
#[derive(Clone, Debug)]
pub struct Entity<'a> {
    /// Fullest name seen.
    /// Borrowed from the text when written as it is shown.
    pub name: Cow<'a, str>,
    /// Person, organisation or group.
    pub kind: SpeakerKind,
    /// Mentions that name it (sources and other name mentions).
    pub mentions: Vec<Span>,
    gender: Option<Gender>,
    /// Lower-case words of its titles and descriptions ("director", "chief"),
    /// each once.
    pub roles: Vec<Cow<'a, str>>,
    /// Name words, lower-case, for surname and acronym matching: borrowed
    /// from the article's vocabulary when they have a form there, so that
    /// the thousands of names an article mentions are not copied.
    pub words: Vec<Cow<'a, str>>,
    /// Token position of its last mention as a subject or source.
    last_active: usize,
    /// Token position of its last mention of any kind.
    last_seen: usize,
    /// For an organisation just quoted through a spokesman or spokeswoman:
    /// where, and the gender "he" or "she" will use for them.
    voice: Option<(usize, Option<Gender>)>,
    /// It speaks a draft. One that leaves `recent` without having spoken
    /// never will: its words are dropped then (see [`Resolver::touch`]).
    speaks: bool,
    /// For a description that opens with a possessive ("his aides"), the
    /// one it stands for: the name shown says whose.
    owner: Option<usize>,
}

impl<'a> Entity<'a> {
    /// True for an unnamed group whose name has a word `is_word` accepts
    /// (lower-cased): "researchers at the institute", "critics".
    pub(crate) fn is_group_of(&self, is_word: impl Fn(&str) -> bool) -> bool {
        self.kind == SpeakerKind::Group
            && lexicon::lowercase(&self.name)
                .split_whitespace()
                .any(is_word)
    }

    /// Adds a role word, unless it has it: only whether it has a role is
    /// asked, and "the mayor" may stand for a speaker a hundred times.
    fn add_role(&mut self, role: Cow<'a, str>) {
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
    }

    /// Drops the name, mentions, roles and words of an entity that will
    /// never speak: kept to the end, they would be most of what resolution
    /// holds.
    fn forget(&mut self) {
        self.name = Cow::Borrowed("");
        self.mentions = Vec::new();
        self.roles = Vec::new();
        self.words = Vec::new();
    }
}

/// The entities that speak and, for each draft, the entity that speaks it.
#[derive(Debug, Default)]
pub struct Resolution<'a> {
    /// The entities that speak at least one draft, in the order they were
    /// found.
    pub entities: Blocks<Entity<'a>>,
    /// For each draft, its speaker's entity index.
    pub speaker_of: Vec<Option<usize>>,
}

/// A name mention found anywhere in the text.
struct NameMention {
    tokens: Range<usize>,
    subject: bool,
    /// An unnamed group opening its sentence ("The researchers analysed …"),
    /// for a later "they".
    group: bool,
}

/// "Benedek Aranyi": two or three capitalised words, with no stop or digit
/// and none a title, body or time, as a person's name is written
/// ("Retired U.S", "Massachusetts Sen", "Trump University", "Pence
/// Thursday" and "a raft of new emissions" are not).
fn looks_like_full_name(e: &Entity) -> bool {
    let name = e.name.as_bytes();
    let spaces = name.iter().filter(|&&b| b == b' ').count();
    (1..=2).contains(&spaces)
        && !name.iter().any(|&b| b == b'.' || b.is_ascii_digit())
        // Each word opens with a capital.
        && e.name
            .char_indices()
            .all(|(i, c)| i > 0 && name[i - 1] != b' ' || c.is_uppercase())
        && !e.words.iter().any(|w| {
            lexicon::is_title(w) || lexicon::is_org_noun(w) || lexicon::is_time_word(w)
        })
}

/// True when token `i` is one of [`lexicon::NAME_JOINERS`]: asked of
/// every word after a capitalised one, and answered once per form.
fn is_name_joiner(a: &Article, i: usize) -> bool {
    a.is_in(i, Lex::NameJoiner)
}

/// Whether token `j` is a known given name ("Maria", "Tom").
fn is_given_name(a: &Article, j: usize) -> bool {
    a.with_lower(j, |w| crate::given_name::gender(w).is_some()) || is_hyphened_given(a.word(j))
}

/// "Hyun-woo", "Min-jun": a given name of two syllables joined by a
/// hyphen, the second in lower case, as Korean names are written (a
/// firm's or a place's compound capitalises both: "Coca-Cola").
/// Syllables, not words: short on both sides, and not a prefix ("Co-op",
/// "Ex-wife"), a count ("Forty-two") or a participle ("Koch-backed").
fn is_hyphened_given(w: &str) -> bool {
    w.split_once('-').is_some_and(|(x, y)| {
        (2..=5).contains(&x.len())
            && (2..=4).contains(&y.len())
            && x.as_bytes()[0].is_ascii_uppercase()
            && x[1..].bytes().all(|c| c.is_ascii_lowercase())
            && y.bytes().all(|c| c.is_ascii_lowercase())
            && !y.ends_with("ed")
            && !matches!(
                y,
                "one" | "two" | "four" | "five" | "six" | "nine" | "odd" | "op" | "wide" | "like"
            )
            && !matches!(
                x,
                "Co" | "Ex"
                    | "Pre"
                    | "Non"
                    | "Anti"
                    | "Pro"
                    | "Post"
                    | "Re"
                    | "Sub"
                    | "Mid"
                    | "Self"
            )
    })
}

/// "Senator Maria Lopez and Governor Tom Reed", "Anna Berg and Lars Holm":
/// an "and" at `and` between a person's name (a title or a given name in
/// `start..and`) and a title or a given name is two people, not one body's
/// name ("Procter and Gamble", "Health and Human Services").
fn two_people(a: &Article, start: usize, and: usize) -> bool {
    let person = |j: usize| a.is_in(j, Lex::Title) || is_given_name(a, j);
    a.is(and, "and") && and + 1 < a.tokens.len() && person(and + 1) && (start..and).any(person)
}

// Kept out of `resolve`, its one caller, whose loop over the events it
// would share registers with (0.3 M fewer instructions on a megabyte).
#[inline(never)]
fn gather_names(a: &Article) -> Vec<NameMention> {
    // The words written in lower case somewhere: by form number, and, for
    // the few words with none (not ASCII, or long), by their text.
    let (lower_forms, lower_others) = a.words_in_lower_case();
    // Whether `w`, the lower-cased token `s`, is written in lower case somewhere.
    let lower_word = |s: usize, w: &str| match a.form_id(s) {
        Some(id) => lower_forms[id as usize],
        // Lower-casing may make a non-ASCII word ASCII (the Kelvin sign).
        None => lower_others.contains(w) || a.form_of(w).is_some_and(|id| lower_forms[id as usize]),
    };
    // News has a name mention per 18 tokens (PolNeAR): room for more at
    // once, rather than a list doubling five times.
    let mut out: Vec<NameMention> = Vec::with_capacity(a.tokens.len() / 16 + 1);
    let mut starts = vec![0u64; a.tokens.len() / 64 + 1];
    for s in &a.sentences {
        starts[s.tokens.start / 64] |= 1 << (s.tokens.start % 64);
    }
    let sentence_start = |i: usize| starts[i / 64] & (1 << (i % 64)) != 0;
    // By form number, whether the form ended a name of two words or more:
    // a surname ("Ms Rossi", "Hannah Kowalski").
    let mut surnames = vec![false; lower_forms.len()];
    let mut i = 0;
    while i < a.tokens.len() {
        let t = &a.tokens[i];
        if !(t.upper && t.kind == Kind::Word) || a.in_quote(i) {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        while e < a.tokens.len() && !a.in_quote(e) {
            let u = &a.tokens[e];
            if u.upper && u.kind == Kind::Word && (u.space_before || a.word(e - 1) == "-") {
                e += 1;
            } else if is_name_joiner(a, e)
                && !two_people(a, i, e)
                && e + 1 < a.tokens.len()
                && a.tokens[e + 1].upper
                && a.tokens[e + 1].kind == Kind::Word
                && !a.in_quote(e + 1)
            {
                e += 2;
            } else if a.word(e) == "."
                && (a.word(e - 1).chars().count() == 1 || a.is_in(e - 1, Lex::Title))
                && e + 1 < a.tokens.len()
                && a.tokens[e + 1].upper
                // "wrote on X.\n\nDriftline said": no initial ends a sentence.
                && !sentence_start(e + 1)
            {
                // Initials ("Edwin G. Monroy") and titles ("Dr. Ruth Abernethy").
                e += 1;
            } else {
                break;
            }
        }
        let mut s = i;
        // A capitalised common word opening a sentence is not a name.
        let opening = |s: usize| sentence_start(s) || s > 0 && a.tokens[s - 1].kind == Kind::Quote;
        while s < e
            && (a.is_in(s, Lex::FunctionWord)
                // "Like-for-like sales rose": a compound with a part in
                // lower case ("Coca-Cola" and "Smith-Jones" have none).
                || opening(s)
                    && a.word(s)
                        .as_bytes()
                        .windows(2)
                        .any(|w| w[0] == b'-' && w[1].is_ascii_lowercase())
                // A word with a form number is written in lower case
                // somewhere by that number, without its text.
                || match a.form_id(s) {
                    Some(id) => opening(s) && lower_forms[id as usize],
                    // Words with no form number are asked directly.
                    None => a.with_lower(s, |w| {
                        lexicon::is_function_word(w) || opening(s) && lower_word(s, w)
                    }),
                })
        {
            s += 1;
        }
        // Weekdays, months and adjectives of nationality before a noun ("a
        // Dutch fund") name no one; a surname seen before with its name
        // does, whatever its ending ("Rossi smiled", "Kowalski is").
        let surname = e - s == 1 && a.form_id(s).is_some_and(|id| surnames[id as usize]);
        let single_adjective = e - s == 1
            && !surname
            && (a.lower_in(s, Lex::TimeWord)
                || (s > 0 && a.in_group(s - 1, Lex::IndefiniteArticle))
                || (a
                    .tokens
                    .get(e)
                    .is_some_and(|t| t.kind == Kind::Word && !t.upper)
                    && a.with_lower(s, |w| {
                        ["an", "ish", "ese", "ch", "ic", "i"]
                            .iter()
                            .any(|x| w.ends_with(x))
                    })));
        // "the Glen Suilven estate": a name before a noun of place, with a
        // given name's first word, names the place, not the man a later "he"
        // would mean. ("The Bernie Sanders campaign" still names him.)
        let attributive = s > 0
            && a.is_word(s - 1, "the")
            && a.lower_is(e, |w| {
                matches!(
                    w,
                    "estate"
                        | "farm"
                        | "road"
                        | "street"
                        | "lane"
                        | "avenue"
                        | "station"
                        | "valley"
                        | "river"
                        | "bridge"
                        | "park"
                        | "island"
                        | "hall"
                        | "house"
                        | "site"
                        | "square"
                        | "hotel"
                        | "stadium"
                        | "theatre"
                        | "theater"
                        | "airport"
                        | "harbour"
                        | "harbor"
                )
            })
            && is_given_name(a, s);
        // "Responding to the criticism, the club said …": a participle
        // opening the sentence, before its preposition or object, names no
        // one ("Manning said", "Sterling, who …" still do).
        // Nor does an adjective in "-ed" before a noun: "Corrected results
        // would reach schools by Friday, it said" ("Reed said" still does).
        let opening_adjective = || {
            e - s == 1
                && opening(s)
                && a.with_lower(s, |w| w.len() >= 7 && w.ends_with("ed"))
                && !is_given_name(a, s)
                && a.tokens
                    .get(e)
                    .is_some_and(|t| t.kind == Kind::Word && !t.upper)
                && a.lists(e)
                    & (Lex::CueWord.bit() | Lex::FiniteAux.bit() | Lex::FunctionWord.bit())
                    == 0
        };
        let opening_participle = e - s == 1
            && opening(s)
            && a.with_lower(s, |w| w.ends_with("ing") && !w.ends_with("thing"))
            && !is_given_name(a, s)
            && a.lower_is(e, |w| {
                matches!(
                    w,
                    "to" | "at"
                        | "on"
                        | "in"
                        | "from"
                        | "for"
                        | "with"
                        | "about"
                        | "after"
                        | "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                )
            });
        if s < e
            && !(e - s == 1 && a.lower_in(s, Lex::Title)
                || single_adjective
                || attributive
                || opening_participle
                || opening_adjective())
        {
            let opens = |i: usize| {
                sentence_start(i)
                    || i > 0 && (a.in_group(i - 1, Lex::Continuation) && sentence_start(i - 1))
            };
            // "Rovers manager Stuart Gillan did not …": the name after a
            // lower-case title is the subject, the name before it his side.
            // Also in apposition after a possessive: "City's sporting
            // director, Pablo Ferrandis, was …".
            let comma = i > 0 && a.is_mark(i - 1, ",");
            let top = if comma { i - 1 } else { i };
            let mut t = top;
            while t > 0
                && top - t < 3
                && !a.tokens[t - 1].upper
                && a.tokens[t - 1].kind == Kind::Word
            {
                t -= 1;
            }
            if !(t..top).any(|j| a.is_in(j, Lex::Title)) {
                t = top;
            }
            let possessive = t < top && t > 0 && a.tokens[t - 1].kind == Kind::Possessive;
            if comma && !possessive {
                t = top;
            }
            let t = if possessive { t - 1 } else { t };
            let mut lead = t;
            while lead > 0
                && t - lead < 4
                && a.tokens[lead - 1].upper
                && a.tokens[lead - 1].kind == Kind::Word
            {
                lead -= 1;
            }
            let titled_subject = t < top && lead < t && opens(lead);
            if titled_subject {
                if let Some(m) = out.last_mut().filter(|m| m.tokens.end == t) {
                    m.subject = false;
                }
            }
            // "The opposition health spokesman, Ferenc Hollós, backed …",
            // "One of those scholars, Professor X, is …": after a short
            // phrase opening its sentence, a name is the sentence's subject.
            let after_opening = comma && !possessive && {
                let mut b = top;
                while b > 0
                    && top - b < 7
                    && !sentence_start(b)
                    && (matches!(a.tokens[b - 1].kind, Kind::Word | Kind::Possessive)
                        // The stop of "Mr." or "Dr.": "Mr. Pugh's vet, Ifan Roderick, …".
                        || b > 1 && a.is_mark(b - 1, ".") && a.is_in(b - 2, Lex::Title))
                {
                    b -= 1;
                }
                b < top && sentence_start(b)
            };
            // "The ruling Party of National Progress went further": after
            // "the" and a word or two that describe it (not a plural noun:
            // "The talks Britain hosted"), a name is the subject.
            let described = (2..=3).any(|n| {
                i >= n && {
                    let b = i - n;
                    sentence_start(b)
                        && a.is(b, "the")
                        && (b + 1..i).all(|j| {
                            a.tokens[j].kind == Kind::Word
                                && !a.tokens[j].upper
                                && !a.word(j).ends_with('s')
                        })
                }
            });
            let subject = opens(i) || titled_subject || after_opening || described;
            if e - s >= 2 {
                if let Some(id) = a.form_id(e - 1) {
                    surnames[id as usize] = true;
                }
            }
            out.push(NameMention {
                tokens: s..e,
                subject,
                group: false,
            });
        }
        i = e.max(i + 1);
    }
    out
}

/// What a description's head noun makes the one described: "a political
/// scientist at the University" a person, "an investment bank" or "its
/// operator" a body.
fn description_kind(a: &Article, d: &Range<usize>) -> Option<SpeakerKind> {
    let end = (d.start..d.end)
        .find(|&j| {
            a.is_any(
                j,
                &[
                    "at", "of", "for", "in", "from", "with", "on", "who", "which", "that",
                ],
            )
        })
        .unwrap_or(d.end);
    // "the consortium building the tunnel", "a firm based in Oslo": a
    // participle after the noun ends it.
    let end = (d.start + 1..end)
        .find(|&j| {
            !a.tokens[j].upper
                && (a.word(j).ends_with("ing") || a.word(j).ends_with("ed"))
                && (a.is_in(j - 1, Lex::OrgNoun) || a.is_in(j - 1, Lex::PersonTitle))
        })
        .unwrap_or(end);
    let head = (d.start..end)
        .rev()
        .find(|&j| a.tokens[j].kind == Kind::Word)?;
    // "Varga, a Democrat from New Camden,": a party's member is a person.
    if a.lower_is(head, |w| {
        matches!(
            w,
            "democrat" | "republican" | "conservative" | "liberal" | "socialist" | "libertarian"
        )
    }) {
        return Some(SpeakerKind::Person);
    }
    // "its operator" may be a firm or a person: the name decides, unless
    // "that" or "which" says a thing ("the private operator that runs the
    // network").
    // ("owner" is a title that is not always a person's: both.)
    let body = a.is_in(head, Lex::OrgNoun);
    match (
        a.is_in(head, Lex::PersonTitle) || body && a.is_in(head, Lex::Title),
        body,
    ) {
        (true, false) => Some(SpeakerKind::Person),
        (false, true) => Some(SpeakerKind::Organization),
        (true, true) if a.is_any(end, &["that", "which"]) => Some(SpeakerKind::Organization),
        _ => None,
    }
}

/// The name part of a mention: titles, determiners and descriptions stripped.
fn name_range(a: &Article, r: &Range<usize>) -> Range<usize> {
    let mut s = r.start;
    let mut e = r.end;
    // "A Durban mother of three says …" opening an article: a place before
    // a person's noun describes someone the story names later, and names
    // no one (but "an NHS spokesman" speaks for the NHS). Further on, "a
    // Halcrest executive, who spoke on condition of anonymity," is
    // someone new, whom a body's name serves better than a role.
    if r.len() >= 3
        && a.sentences.first().is_some_and(|f| r.end <= f.tokens.end)
        && a.in_group(r.start, Lex::IndefiniteArticle)
        && a.tokens[r.start + 1].upper
        && a.tokens[r.start + 2].kind == Kind::Word
        && !a.tokens[r.start + 2].upper
        && (r.start + 2..r.end).all(|j| !a.tokens[j].upper)
        && !(r.start + 2..r.end).any(|j| a.is_in(j, Lex::Spokesperson) || a.is_in(j, Lex::OrgNoun))
    {
        return r.start..r.start;
    }
    // (A count of people keeps its figure: "six in 10", "26%".)
    let counted = |k: usize| {
        a.tokens[k].kind == Kind::Number
            || a.is_mark(k, "%") && k > s && a.tokens[k - 1].kind == Kind::Number
    };
    while e > s && a.tokens[e - 1].kind != Kind::Word && !counted(e - 1) {
        e -= 1;
    }
    // "Andrea Lindholm of the centre-right Civic Union": the name before "of".
    if let Some(of) = (s..e).find(|&j| a.is_word(j, "of")) {
        let before = s..of;
        if of > s
            && before
                .clone()
                // ("The Port of London Authority": a capitalised article at
                // the start of a sentence is no part of a name.)
                .filter(|&j| {
                    a.tokens[j].upper && !a.is_in(j, Lex::Title) && !a.in_group(j, Lex::Article)
                })
                .count()
                >= 2
            && !a.is_in(of - 1, Lex::OrgNoun)
        {
            e = of;
        }
    }
    // After the last title or lower-case word: "TDWU general secretary Maureen Kelleher".
    // A title before the body's noun names the body: "the Justice Department".
    // ("Martin Luther King Jr": a title's word before a suffix is a surname.)
    let suffix = |j: usize| a.lower_is(j, |w| matches!(w, "jr" | "sr" | "ii" | "iii" | "iv"));
    // "the General Workers' Union": a title before capitalised words that
    // end in a noun of bodies is a word of the body's name; and so is a
    // plural's apostrophe inside them.
    let in_body = |j: usize| {
        j + 1 < e
            && a.is_in(e - 1, Lex::OrgNoun)
            && (j + 1..e).all(|k| a.tokens[k].upper || a.is_plural_apostrophe(k))
    };
    // "a Department of Health spokeswoman", "the Bank of England": "of"
    // after a body's capitalised noun is inside its name.
    let body_of = |j: usize| {
        j > s
            && j + 1 < e
            && a.is(j, "of")
            && a.tokens[j - 1].upper
            && a.is_in(j - 1, Lex::OrgNoun)
            && a.tokens[j + 1].upper
    };
    if let Some(k) = (s..e).rev().find(|&j| {
        a.is_in(j, Lex::Title)
            && !(j + 1 < e && suffix(j + 1))
            && !(j + 1 < e && a.tokens[j + 1].upper && a.is_in(j + 1, Lex::OrgNoun))
            && !in_body(j)
            || (!a.tokens[j].upper
                && a.tokens[j].kind == Kind::Word
                && !is_name_joiner(a, j)
                && !body_of(j))
            || a.tokens[j].kind == Kind::Possessive
    }) {
        // An abbreviated title keeps its full stop: "Sen. John Thune".
        let k = if a.is_mark(k + 1, ".") { k + 1 } else { k };
        if k + 1 < e && a.tokens[k + 1].upper {
            s = k + 1;
        }
    }
    // "Secretary of State Antony Blinken", "Minister for Foreign Affairs
    // Daniel Okoro": a title's portfolio, after "of" or "for", is no part
    // of the name that follows it.
    if let Some(t) = (s..e)
        .rev()
        .find(|&j| a.is_in(j, Lex::Title) && j + 1 < e && a.is_any(j + 1, &["of", "for"]))
    {
        let mut j = t + 1;
        let mut portfolio = false;
        while j < e
            && (a.is_any(j, &["of", "for", "and", "&", "the"])
                || a.tokens[j].upper && a.with_lower(j, lexicon::is_portfolio))
        {
            portfolio |= a.tokens[j].upper;
            j += 1;
        }
        if portfolio && j < e && a.tokens[j].upper && a.tokens[j].kind == Kind::Word {
            s = j;
        }
    }
    while s < e && a.in_group(s, Lex::Article) {
        s += 1;
    }
    // "Imogen Thackeray KC", "Daniel Ortega MP": letters after a person's
    // name are an honour or an office, not the name. Not after a body
    // ("the Green Party MP") nor a single word ("a Labour MP").
    let person = |e: usize| {
        e >= s + 2
            && (s..e).all(|j| a.tokens[j].upper && a.tokens[j].kind == Kind::Word)
            && !a.is_in(e - 1, Lex::OrgNoun)
            && !(r.start..s).any(|j| a.in_group(j, Lex::Article))
    };
    while e > s + 2 && a.with_lower(e - 1, is_post_nominal) && person(e - 1) {
        e -= 1;
    }
    s..e
}

/// Letters written after a person's name: honours, degrees and seats.
fn is_post_nominal(lower: &str) -> bool {
    matches!(
        lower,
        "kc" | "qc"
            | "sc"
            | "mp"
            | "msp"
            | "mla"
            | "td"
            | "mep"
            | "obe"
            | "cbe"
            | "mbe"
            | "kbe"
            | "dbe"
            | "phd"
            | "esq"
            | "frs"
    )
}

/// How a name is shown: an organisation written with "the" keeps it ("the
/// Kremlin", "the White House"), as ANNOTATION.md names them.
fn display_name<'t>(a: &Article<'t>, name: &Range<usize>, kind: SpeakerKind) -> Cow<'t, str> {
    let text = if name.is_empty() {
        ""
    } else {
        &a.text[a.tokens[name.start].span().start..a.tokens[name.end - 1].span().end]
    };
    if kind == SpeakerKind::Organization && name.start > 0 && a.is_word(name.start - 1, "the") {
        Cow::Owned(format!("the {text}"))
    } else {
        Cow::Borrowed(text)
    }
}

fn text_of(a: &Article, r: &Range<usize>) -> String {
    if r.is_empty() {
        return String::new();
    }
    a.text[a.tokens[r.start].span().start..a.tokens[r.end - 1].span().end].to_string()
}

/// The bytes of a mention of a speaker, tokens `r`. Of "He’s" in "He’s said
/// …" the mention is "He", not the verb written into it.
// Not inlined into its seven callers: 265 bytes of the WebAssembly build.
#[inline(never)]
pub(crate) fn mention_span(a: &Article, r: &Range<usize>) -> Span {
    let last = a.tokens[r.end - 1].span();
    let end = crate::token::pronoun_contraction(a.word(r.end - 1))
        .map_or(last.end, |(base, _)| last.start + base.len());
    Span::new(a.tokens[r.start].span().start, end)
}

/// Whether an entity may be one whose title or given name says `gender`:
/// its own gender, when known, is the same.
fn agrees_in_gender(e: &Entity, gender: Option<Gender>) -> bool {
    gender.map_or(true, |g| e.gender.map_or(true, |h| h == g))
}

fn gender_of_title(w: &str) -> Option<Gender> {
    if lexicon::is_male_title(w) {
        Some(Gender::Male)
    } else if lexicon::is_female_title(w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// A group's name without the count that opens it: "people familiar with
/// the matter" for "Two people familiar with the matter".
fn uncounted(name: &str) -> &str {
    match name.split_once(' ') {
        Some((w, rest))
            if w.bytes().all(|b| b.is_ascii_digit())
                || [
                    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                ]
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n)) =>
        {
            rest
        }
        _ => name,
    }
}

/// `lowercase(name) == key`, without allocating for ASCII names.
fn lower_eq(name: &str, key: &str) -> bool {
    if name.is_ascii() {
        // `key` is lower-case already: an ASCII name equals it when their
        // bytes agree ignoring ASCII case.
        name.eq_ignore_ascii_case(key)
    } else {
        lexicon::lowercase(name) == key
    }
}

/// `lowercase(name).trim_start_matches("the ") == key`, without
/// allocating for ASCII names.
fn lower_eq_without_the(name: &str, key: &str) -> bool {
    if name.is_ascii() {
        let mut rest = name;
        while rest.len() >= 4 && rest.as_bytes()[..4].eq_ignore_ascii_case(b"the ") {
            rest = &rest[4..];
        }
        rest.eq_ignore_ascii_case(key)
    } else {
        lexicon::trim_prefix(&lexicon::lowercase(name), "the ") == key
    }
}

struct Resolver<'a, 't> {
    a: &'a Article<'t>,
    /// Every entity found, numbered in order; in blocks, not a `Vec`: a long
    /// text has tens of thousands.
    entities: Blocks<Entity<'a>>,
    /// The entities mentioned most recently, oldest first. Resolution looks
    /// only here, which keeps it linear in the length of the text: a
    /// pronoun or "the company" never reaches back past dozens of names.
    recent: Vec<usize>,
    /// Where a name's matches can be (see [`names_agree`]): entities by the
    /// last word of their name, and those of two words by their first word.
    /// Every recent entity is listed under its name's words; the lists may
    /// also hold entities that left `recent` or changed name, which a lookup
    /// checks and prunes.
    by_last: FxHashMap<Cow<'a, str>, Ids>,
    by_first: FxHashMap<Cow<'a, str>, Ids>,
    /// For each entity, when it last entered or moved up `recent` (which
    /// orders `recent`), or 0 when it is not there.
    stamp: Vec<u64>,
    /// The last stamp given.
    clock: u64,
    /// An empty list with room, for the words of the next name looked up.
    spare_words: Vec<Cow<'a, str>>,
    /// The initials of the name looked up or listed (see [`acronym_into`]),
    /// kept to be written again rather than made anew.
    initials: String,
    /// The content of the direct claim whose source is being resolved: a
    /// pronoun never stands for someone their own words name ("'I found Ms
    /// Hale's account vague,' she wrote" is not Hale).
    content: Range<usize>,
}

/// Adds entity `k` to the list of `key` (no copy of the key when it is
/// there already, and none of a word borrowed from the article).
fn add_to<'a>(
    map: &mut FxHashMap<Cow<'a, str>, Ids>,
    key: &str,
    owned: impl FnOnce() -> Cow<'a, str>,
    k: usize,
) {
    match map.get_mut(key) {
        Some(list) => list.push(k),
        None => {
            map.insert(owned(), Ids::One(k));
        }
    }
}

/// The entities listed under one name word, in the order listed: most
/// words name one entity, which is kept without a list of its own (an
/// allocation per name word was a tenth of the allocations of a news
/// article's annotation).
#[derive(Debug)]
enum Ids {
    One(usize),
    Many(Vec<usize>),
}

impl Ids {
    /// Lists `k` after the others, unless it is listed last already.
    fn push(&mut self, k: usize) {
        match self {
            Ids::One(j) if *j == k => {}
            Ids::One(j) => *self = Ids::Many(vec![*j, k]),
            Ids::Many(list) => {
                if list.last() != Some(&k) {
                    list.push(k);
                }
            }
        }
    }

    /// Keeps the entities `keep` says to keep, in order.
    fn retain(&mut self, mut keep: impl FnMut(usize) -> bool) {
        match self {
            Ids::One(j) => {
                if !keep(*j) {
                    *self = Ids::Many(Vec::new());
                }
            }
            Ids::Many(list) => list.retain(|&k| keep(k)),
        }
    }
}

/// [`add_to`] for a name word: one lookup, where the key is or where it
/// goes, for a word borrowed from the article, which costs nothing to copy.
// A `&Cow`: whether the word is borrowed is what decides.
#[allow(clippy::ptr_arg)]
fn add_word<'a>(map: &mut FxHashMap<Cow<'a, str>, Ids>, word: &Cow<'a, str>, k: usize) {
    match word {
        Cow::Borrowed(w) => match map.entry(Cow::Borrowed(*w)) {
            Entry::Occupied(mut list) => list.get_mut().push(k),
            Entry::Vacant(slot) => {
                slot.insert(Ids::One(k));
            }
        },
        Cow::Owned(w) => add_to(map, w, || word.clone(), k),
    }
}

/// Whether a person's title stands before the name in its mention
/// ("Senator Ana Ruiz"), or an age after it ("Ana Ruiz, 52,").
fn is_titled(a: &Article, mention: &Range<usize>, name: &Range<usize>) -> bool {
    (mention.start..name.start).any(|j| a.is_in(j, Lex::PersonTitle)) && !names_body(a, name)
        || aged(a, mention.end)
}

/// Whether the name's last word is a noun of bodies: "the Transport and
/// General Workers' Union", whose "General" is no title but a word of the
/// body's name.
fn names_body(a: &Article, name: &Range<usize>) -> bool {
    (name.start..name.end)
        .rev()
        .find(|&j| a.tokens[j].kind == Kind::Word)
        .is_some_and(|j| a.is_in(j, Lex::OrgNoun))
}

/// How many recently mentioned entities resolution considers.
const RECENT: usize = 64;

impl<'a> Resolver<'a, '_> {
    /// Guesses the kind of a named mention from its words and description.
    fn name_kind(
        &self,
        mention: &Range<usize>,
        name: &Range<usize>,
        desc: Option<&Range<usize>>,
    ) -> SpeakerKind {
        let a = self.a;
        if is_titled(a, mention, name) {
            return SpeakerKind::Person;
        }
        let words = (name.start..name.end).filter(|&j| a.tokens[j].kind == Kind::Word);
        let n_words = words.clone().count();
        // "Hyun-woo Park": such a given name outweighs a surname that is
        // also a noun of bodies or places.
        if n_words >= 2 && is_hyphened_given(a.word(name.start)) {
            return SpeakerKind::Person;
        }
        // Whether the name opens with a known given name: asked only where
        // it decides.
        let given = || is_given_name(a, name.start);
        let who_after = a.is_any(mention.end, &["who", "whose"])
            || a.is(mention.end, ",") && a.is_any(mention.end + 1, &["who", "whose"]);
        if let Some(kind) = desc.and_then(|d| description_kind(a, d)) {
            // "The documentary's producer, Mary Kilbride": a given name and
            // a surname outweigh a noun that may name a firm or a person;
            // and a firm's last word a role that may be a firm's: "the
            // organiser, Marsh Lane Events".
            let firm = || {
                words
                    .clone()
                    .next_back()
                    .is_some_and(|j| a.with_lower(j, lexicon::is_company_word))
            };
            if !(n_words >= 2 && given() && kind == SpeakerKind::Organization
                || kind == SpeakerKind::Person && (n_words >= 2 && firm() || names_body(a, name)))
            {
                return kind;
            }
        }
        // "Hochfeld Bergbahnen, which runs the resort,": "which" is said of
        // a thing or a body, not of a person.
        if a.is(mention.end, ",") && a.is(mention.end + 1, "which") && !given() {
            return SpeakerKind::Organization;
        }
        // "Wharf Terrace", "Coldharbour Road": a name ending in a noun of
        // street or land names a place, which no "he" or "she" means.
        if n_words >= 2
            && words.clone().next_back().is_some_and(|j| {
                a.with_lower(j, |w| {
                    matches!(
                        w,
                        "terrace" | "road" | "avenue" | "square" | "valley" | "island" | "estate"
                    )
                })
            })
            && !given()
        {
            return SpeakerKind::Organization;
        }
        // "a Democrat from New Camden", "schools in Des Moines": a name of
        // two words or more after a preposition of place, with no given
        // name, is a place, which no "he" or "she" means.
        if n_words >= 2
            && mention.start > 0
            && a.is_any(mention.start - 1, &["from", "in", "near"])
            // "in Délia Aubrac's novel", "from Rikkie Wells, who tweeted":
            // a possessor or one who acts is someone.
            && !a
                .tokens
                .get(mention.end)
                .is_some_and(|t| t.kind == Kind::Possessive)
            && !who_after
            && !given()
        {
            return SpeakerKind::Organization;
        }
        // "Clinton's husband, Bill,": a given name alone, described, is a
        // person (alone and undescribed it may be a firm: "Chase said").
        if n_words == 1 && desc.is_some() && given() {
            return SpeakerKind::Person;
        }
        // "Harrow Appliances", "appliance maker Harrow": named or described
        // as a company; "Cardew Examinations", "Redline Productions": a
        // plural in "-ions" ends no one's name. But "owner Brian
        // Castleton": a given name and a surname after a noun that may name
        // a firm or a person.
        if words.clone().next_back().is_some_and(|j| {
            a.with_lower(j, |w| lexicon::is_company_word(w) || w.ends_with("ions"))
        }) || (mention.start.saturating_sub(1)..name.start)
                .any(|j| !a.tokens[j].upper && a.is_in(j, Lex::OrgNoun))
                // "made by the company Tillmann Agri": the noun just before a
                // name found in passing, outside its mention, describes it too.
                // A "who" after the name says a person as a given name does:
                // "Ravens owner Gideon Frayne, who bought the club".
                && !(n_words >= 2 && (given() || who_after))
        {
            return SpeakerKind::Organization;
        }
        // "Hollins & Pryce", "Cardinal & Vale": partners joined by an
        // ampersand are a firm.
        if (name.start..name.end).any(|j| a.is(j, "&")) {
            return SpeakerKind::Organization;
        }
        if words.clone().any(|j| {
            a.is_in(j, Lex::OrgNoun)
                    || a.is_in(j, Lex::GroupNoun)
                    // Words with no form number are asked directly.
                    || a.form_id(j).is_none()
                        && a.with_lower(j, |w| {
                            lexicon::is_org_noun(w) || lexicon::is_group_noun(w)
                        })
        }) || (mention.start..name.start)
            .rev()
            // "The Foxhounds' owner, Hollis Varnum": an article before a
            // comma or an owner is not the name's.
            .take_while(|&j| {
                !a.is(j, ",")
                    && a.tokens[j].kind != Kind::Possessive
                    && !a.is_plural_apostrophe(j)
            })
            .any(|j| a.is(j, "the"))
            // "the singer Marcus Whitlow": a given name and a surname after
            // a noun ("the Charlotte Observer" has none).
            && !(n_words >= 2 && name.start > 0 && !a.tokens[name.start - 1].upper && given())
            || n_words == 1
                && a.word(name.start)
                    .chars()
                    .filter(|c| c.is_uppercase())
                    .count()
                    > 1
            || words.clone().any(|j| {
                a.is_in(j, Lex::NameJoiner)
                    && a.with_lower(j, |w| {
                        w != "de" && w != "van" && w != "von" && w != "al" && w != "bin"
                    })
            })
        {
            return SpeakerKind::Organization;
        }
        // "a libel action against the Daily Beacon": a name found in
        // passing right after "the", with no given name, is a body's.
        if mention.start > 0 && a.is(mention.start - 1, "the") && !given() {
            return SpeakerKind::Organization;
        }
        // "Redbridge Rovers have lodged a complaint": a name that takes a
        // plural verb and has no given name is a club or a firm.
        let plural_verb = a.is_any(mention.end, &["have", "are", "were"]) && !given();
        if n_words >= 2 && !plural_verb {
            SpeakerKind::Person
        } else {
            SpeakerKind::Organization
        }
    }

    /// The entity a name refers to, created or updated.
    fn by_name(
        &mut self,
        mention: &Range<usize>,
        desc: Option<&Range<usize>>,
        pos: usize,
        active: bool,
    ) -> Option<usize> {
        let a = self.a;
        let name = name_range(a, mention);
        if name.is_empty() || !a.tokens[name.start].upper {
            return None;
        }
        // Borrowed from the article's vocabulary: most mentions name an
        // entity already known, and only a new or fuller name is copied.
        // In the list the previous call left (a nested call, for the
        // organisation before a title, takes a new one).
        let mut words = std::mem::take(&mut self.spare_words);
        words.extend(
            (name.start..name.end)
                .filter(|&j| a.tokens[j].kind == Kind::Word)
                .map(|j| a.lower_cow(j)),
        );
        if words.is_empty() {
            return None;
        }
        // "Bank of Japan Governor Kazuo Ueda": the organisation before the
        // title is named too, so that a later "the bank" finds it.
        let titled = [mention.start..name.start, desc.cloned().unwrap_or(0..0)];
        for (lead, t) in titled.iter().filter_map(|r| {
            r.clone()
                .find(|&j| a.is_in(j, Lex::Title))
                .map(|t| (r.start, t))
        }) {
            let mut o = lead;
            while o < t && a.in_group(o, Lex::Article) {
                o += 1;
            }
            let org = o..t;
            if t > o
                && a.tokens[o].upper
                && org
                    .clone()
                    .all(|j| a.tokens[j].upper || is_name_joiner(a, j))
                && org.clone().any(|j| a.is_in(j, Lex::OrgNoun))
            {
                if let Some(k) = self.by_name(&org, None, pos, false) {
                    self.touch(k);
                }
            }
        }
        // The kind is worked out only for a new or fuller name: most
        // mentions name an entity already known by as many words.
        let kind_of = |r: &Self| r.name_kind(mention, &name, desc);
        // A gendered title ("Ms"), else a common given name ("Elena") when the
        // name has a first and a last part.
        let title_gender = (mention.start..name.start)
            .find_map(|j| a.with_lower(j, gender_of_title))
            .or_else(|| {
                (words.len() >= 2)
                    .then(|| crate::given_name::gender(&words[0]))
                    .flatten()
                    .map(|g| match g {
                        crate::given_name::NameGender::Male => Gender::Male,
                        crate::given_name::NameGender::Female => Gender::Female,
                    })
            });
        // Roles are the title and description nouns ("chief", "director"),
        // not their modifiers ("Fire"); and the body a description names
        // ("Skyvale's chief executive"), which a claim about that body names too.
        let roles: Vec<Cow<str>> = (mention.start..name.start)
            .chain(desc.map_or(0..0, |d| d.clone()))
            .filter(|&j| {
                a.tokens[j].kind == Kind::Word
                    && (a.is_in(j, Lex::Title)
                        || a.is_in(j, Lex::OrgNoun)
                        || a.tokens[j].upper
                            && j + 1 < a.tokens.len()
                            && a.tokens[j + 1].kind == Kind::Possessive)
            })
            .map(|j| a.lower_cow(j))
            // "said the engineer, Commander Rhys Atherton": a short
            // description's noun is a role too, whatever it is.
            .chain(
                desc.filter(|d| {
                    d.len() >= 2
                        && d.len() <= 4
                        && a.is_any(d.start, &["the", "a", "an"])
                        && a.tokens[d.end - 1].kind == Kind::Word
                        && !a.tokens[d.end - 1].upper
                        && !a.is_in(d.end - 1, Lex::Title)
                        && !a.is_in(d.end - 1, Lex::OrgNoun)
                })
                .map(|d| a.lower_cow(d.end - 1)),
            )
            .collect();
        // Find a matching entity: same words, surname, or a fuller form.
        // "Mrs Clinton" after "Bill Clinton" is not him.
        let found = self.agreeing(&words, title_gender);
        debug_assert_eq!(
            found,
            self.recent()
                .filter(|(_, e)| {
                    e.kind != SpeakerKind::Group
                        && names_agree(&e.words, &words, e.kind == SpeakerKind::Person)
                })
                .max_by_key(|(_, e)| {
                    (
                        agrees_in_gender(e, title_gender),
                        same_head(e, &words),
                        e.last_seen,
                    )
                })
                .map(|(k, _)| k),
            "the word index finds what a scan of the recent entities finds"
        );
        let k = match found {
            Some(k) => k,
            None => {
                let kind = kind_of(self);
                self.entities.push(Entity {
                    name: display_name(a, &name, kind),
                    kind,
                    mentions: Vec::new(),
                    gender: None,
                    roles: Vec::new(),
                    words: words.clone(),
                    last_active: 0,
                    last_seen: 0,
                    voice: None,
                    speaks: false,
                    owner: None,
                });
                // Not indexed here: every entity by_name gives is touched
                // next, which indexes an entity as it enters `recent`, and
                // lookups see only entities in `recent`.
                self.entities.len() - 1
            }
        };
        if words.len() > self.entities[k].words.len() {
            let kind = kind_of(self);
            let e = &mut self.entities[k];
            e.words = words.clone();
            if e.kind != SpeakerKind::Person && kind == SpeakerKind::Person {
                e.kind = kind;
            }
            e.name = display_name(a, &name, e.kind);
            self.index(k);
        }
        let e = &mut self.entities[k];
        if title_gender.is_some() {
            e.gender = title_gender;
        }
        // "Norbeck Line" looked like a person's name until "its operator,
        // Norbeck Line" described it as a body.
        if e.kind == SpeakerKind::Person
            && e.gender.is_none()
            && desc.and_then(|d| description_kind(a, d)) == Some(SpeakerKind::Organization)
        {
            e.kind = SpeakerKind::Organization;
        }
        if is_titled(a, mention, &name) {
            e.kind = SpeakerKind::Person;
        }
        for role in roles {
            e.add_role(role);
        }
        e.mentions.push(mention_span(a, &name));
        e.last_seen = pos;
        if active {
            e.last_active = pos;
        }
        words.clear();
        self.spare_words = words;
        Some(k)
    }

    /// The most recently active entity that a pronoun can refer to.
    /// "Lessing accused Rostova of …. She called the remark …": the one
    /// person of gender `g` named in the sentence before the token at `pos`
    /// (or earlier in its own), however long ago someone else of it spoke;
    /// none when a person whose gender is not known spoke there too.
    fn only_one_named_before(&self, g: Gender, pos: usize) -> Option<usize> {
        let a = self.a;
        // Positions count from one (`pos` is one past the mention's first
        // token), so a mention on the last token is still in the article.
        let si = a.sentence_of(pos.saturating_sub(1));
        let from = a.sentences[si.saturating_sub(1)].tokens.start;
        // One whose gender is not known, just heard, may be the one meant
        // too ("X's lawyer, Y, argued …. "…," he said").
        let mut named = self.recent().filter(|(_, e)| {
            e.kind == SpeakerKind::Person
                && match e.gender {
                    Some(h) => h == g && (from..pos).contains(&e.last_seen.max(e.last_active)),
                    None => {
                        e.speaks && (from..pos).contains(&e.last_active) && looks_like_full_name(e)
                    }
                }
        });
        match (named.next(), named.next()) {
            (Some((k, e)), None) if e.gender.is_some() => Some(k),
            _ => None,
        }
    }

    /// Whether the content being resolved names the person by surname, as
    /// one names someone else.
    fn named_in_content(&self, e: &Entity) -> bool {
        let a = self.a;
        e.words.len() >= 2
            && e.words.last().is_some_and(|surname| {
                self.content.clone().any(|j| {
                    a.tokens[j].upper
                        && a.tokens[j].kind == Kind::Word
                        && a.with_lower(j, |w| w == surname.as_ref())
                })
            })
    }

    fn by_pronoun(&mut self, p: Pronoun, pos: usize) -> Option<usize> {
        let want = gender_of_pronoun(p);
        let k = self.referent(p, pos)?;
        let e = &mut self.entities[k];
        if e.gender.is_none() && want.is_some() && e.kind == SpeakerKind::Person {
            e.gender = want;
        }
        e.last_active = pos;
        Some(k)
    }

    /// The entity a pronoun at `pos` stands for, found without marking it
    /// as mentioned (see [`Resolver::by_pronoun`]).
    fn referent(&self, p: Pronoun, pos: usize) -> Option<usize> {
        let want = gender_of_pronoun(p);
        let only = want.and_then(|g| self.only_one_named_before(g, pos));
        only.or_else(|| {
            self.recent()
                .filter(|(_, e)| e.last_seen < pos && e.last_seen > 0 || e.last_active > 0)
                .filter(|(_, e)| match p {
                    // "A spokesman for X said …. "…," he said": he is X's voice.
                    Pronoun::Male | Pronoun::Female
                        if e.voice.is_some_and(|(_, g)| g.is_none() || g == want) =>
                    {
                        true
                    }
                    Pronoun::Male | Pronoun::Female => {
                        e.kind == SpeakerKind::Person
                            && (e.gender.is_none() || e.gender == want)
                            && !self.named_in_content(e)
                    }
                    Pronoun::Neuter => e.kind == SpeakerKind::Organization,
                    Pronoun::Plural => e.kind != SpeakerKind::Person,
                    Pronoun::First => true,
                })
                .max_by_key(|(_, e)| {
                    (
                        e.last_active.max(e.last_seen.saturating_sub(400)),
                        e.gender == want && want.is_some(),
                    )
                })
                .map(|(k, _)| k)
        })
    }

    /// "his aides", "its foreign ministry": the one the possessive that
    /// opens a description stands for, so that the name shown can say whose
    /// ("Okafor's aides").
    fn owner_of(&self, r: &Range<usize>, pos: usize) -> Option<usize> {
        self.referent(possessive(self.a.word(r.start))?, pos)
    }

    /// A description with no name: "the company", "a company spokesperson",
    /// "critics of the plan", "the museum director".
    fn by_description(&mut self, r: &Range<usize>, pos: usize) -> Option<usize> {
        let a = self.a;
        let words: Vec<Cow<str>> = (r.start..r.end)
            .filter(|&j| a.tokens[j].kind == Kind::Word)
            .map(|j| a.lower_cow(j))
            .collect();
        let head_at = (r.start..r.end)
            .find(|&j| is_head_end(a, j))
            .unwrap_or(r.end);
        let head = (r.start..head_at)
            .rev()
            .find(|&j| a.tokens[j].kind == Kind::Word)
            .map(|j| a.lower(j))?;
        // "Abernathy's op-ed … The op-ed argued": a document or a statement
        // named before with its owner speaks for the owner.
        if let Some(owner) = self.owner_named_before(r) {
            return self.resolve_part(owner, r, None, pos, true);
        }
        let span_r = mention_span(a, r);
        // A spokesperson speaks for an organisation.
        if lexicon::is_spokesperson(&head) || words.iter().any(|w| lexicon::is_spokesperson(w)) {
            // "a spokeswoman for the company", "for the mayor", but not
            // "the party's spokeswoman for health": a portfolio, a bare
            // common noun, names no one.
            let body_after = head_at + 1 < r.end
                && (a.in_group(head_at + 1, Lex::Article)
                    || a.is_in(head_at + 1, Lex::Determiner)
                    || (head_at + 1..r.end).any(|j| a.tokens[j].upper || a.is_in(j, Lex::OrgNoun)));
            // (Not "a Bank of England spokeswoman": the body's own "of".)
            let org = if head_at < r.end
                && a.is_any(head_at, &["for", "of", "at", "from"])
                && lexicon::is_spokesperson(&head)
                && body_after
            {
                let rest = head_at + 1..r.end;
                self.resolve_np(&rest, None, pos, false)
            } else {
                let before: Range<usize> = r.start
                    ..(r.start..r.end)
                        .find(|&j| a.is_in(j, Lex::Spokesperson))
                        .unwrap_or(r.end);
                // "Its spokesman": a determiner, capitalised, names nobody.
                let named = (before.start..before.end)
                    .any(|j| a.tokens[j].upper && !a.is_in(j, Lex::Determiner));
                if named {
                    self.by_name(&before, None, pos, false)
                } else if let Some(noun) = (before.start..before.end)
                    .rev()
                    .find(|&j| a.is_in(j, Lex::OrgNoun))
                {
                    self.org_by_noun(&a.lower(noun), &(noun..noun + 1), pos)
                } else {
                    // "Asked whether the agency would suspend the cull,
                    // a spokesman said …": the body the sentence has
                    // just named, before the latest one to speak.
                    let opens = a.sentences[a.sentence_of(r.start)].tokens.start;
                    let named = (opens.max(r.start.saturating_sub(30))..r.start)
                        .rev()
                        .find(|&j| {
                            a.is(j, "the")
                                && !a.in_quote(j)
                                && a.is_in(j + 1, Lex::OrgNoun)
                                && !a.tokens[j + 1].upper
                                && !a.with_lower(j + 1, lexicon::is_record_noun)
                                && a.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Word)
                        });
                    // "Peakform Nutrition, the Tollbridge company that makes
                    // the powder, rejected …. '…,' a spokesman said": the
                    // body that spoke in this sentence or the one before,
                    // not one named in passing since.
                    let from = a.sentences[a.sentence_of(r.start).saturating_sub(1)]
                        .tokens
                        .start;
                    let spoke = |r: &Self| {
                        r.recent()
                            .filter(|(_, e)| {
                                e.kind == SpeakerKind::Organization && e.last_active > from
                            })
                            .max_by_key(|(_, e)| e.last_active)
                            .map(|(k, _)| k)
                    };
                    named
                        .and_then(|j| self.org_by_noun(&a.lower(j + 1), &(j..j + 2), pos))
                        .or_else(|| spoke(self))
                        .or_else(|| self.latest(|e| e.kind == SpeakerKind::Organization))
                }
            };
            if let Some(k) = org {
                let gender = words.iter().find_map(|w| match &**w {
                    "spokesman" | "spokesmen" => Some(Gender::Male),
                    "spokeswoman" | "spokeswomen" => Some(Gender::Female),
                    _ => None,
                });
                let e = &mut self.entities[k];
                e.mentions.push(span_r);
                e.last_active = pos;
                e.voice = Some((pos, gender));
                return Some(k);
            }
        }
        // Unnamed collectives.
        if lexicon::is_group_noun(&head)
            || (head.ends_with('s')
                && !head.ends_with("ss")
                && !lexicon::is_org_noun(&head)
                && words.len() <= 4
                && !a.in_group(r.start, Lex::Article)
                && !words.iter().any(|w| lexicon::is_title(w)))
        {
            let mut s = r.start;
            // ("Many said …": the quantifier alone is the name.)
            while s + 1 < r.end
                && a.lower_is(s, |w| {
                    matches!(
                        w,
                        "some"
                            | "several"
                            | "many"
                            | "most"
                            | "other"
                            | "few"
                            | "various"
                            | "numerous"
                            | "all"
                            | "both"
                    )
                })
            {
                s += 1;
            }
            let name = text_of(a, &(s..r.end));
            // "Two people familiar with the matter" are the people familiar
            // with the matter met before: matched without the count, which
            // the name keeps.
            let key = if crate::cue::is_count(a, s) && s + 1 < r.end {
                lexicon::lowercase(&text_of(a, &(s + 1..r.end)))
            } else {
                lexicon::lowercase(&name)
            };
            // "the researchers" after "researchers at Northfield University":
            // the group met before under that noun.
            let anaphor = r.len() == 2 && a.is(r.start, "the");
            let found = self
                .recent()
                .find(|(_, e)| {
                    e.kind == SpeakerKind::Group
                        && (lower_eq(uncounted(&e.name), &key)
                            || anaphor && description_head(&e.name).is_some_and(|h| h == head))
                })
                .map(|(k, _)| k);
            let k = match found {
                Some(k) => k,
                None => {
                    self.entities.push(Entity {
                        name: Cow::Owned(name),
                        kind: SpeakerKind::Group,
                        mentions: Vec::new(),
                        gender: None,
                        roles: Vec::new(),
                        words: Vec::new(),
                        last_active: 0,
                        last_seen: 0,
                        voice: None,
                        speaks: false,
                        owner: None,
                    });
                    self.entities.len() - 1
                }
            };
            let e = &mut self.entities[k];
            e.mentions.push(span_r);
            e.last_active = pos;
            e.last_seen = pos;
            return Some(k);
        }
        // "the company", "the union": the organisation in question.
        if lexicon::is_org_noun(&head) {
            let k = self.org_by_noun(&head, r, pos)?;
            self.entities[k].add_role(Cow::Owned(head));
            self.entities[k].mentions.push(span_r);
            self.entities[k].last_active = pos;
            return Some(k);
        }
        // "'…,' the statement said": a statement, a letter or a post speaks
        // for whoever last issued one, the speaker just quoted.
        if a.is(r.start, "the") && r.len() == 2 && lexicon::is_statement_noun(&head) {
            if let Some(k) = self.latest(|e| e.speaks && e.kind != SpeakerKind::Group) {
                let e = &mut self.entities[k];
                e.mentions.push(span_r);
                e.last_active = pos;
                return Some(k);
            }
        }
        // "the 61-year-old": the person just mentioned.
        let text = text_of(a, r).to_ascii_lowercase();
        if let Some(age) = text
            .strip_prefix("the ")
            .and_then(|t| t.strip_suffix("-year-old"))
        {
            if !age.is_empty() && age.bytes().all(|b| b.is_ascii_digit()) {
                if let Some(k) = self.latest(|e| e.kind == SpeakerKind::Person) {
                    let e = &mut self.entities[k];
                    e.mentions.push(span_r);
                    e.last_active = pos;
                    e.last_seen = pos;
                    return Some(k);
                }
            }
        }
        // "the chief", "the museum director": a person known by that role.
        if lexicon::is_title(&head) {
            let found = self
                .recent()
                .filter(|(_, e)| {
                    e.kind == SpeakerKind::Person
                        && (e.roles.iter().any(|r| same_role(r, &head))
                            // "One senior correspondent", named by its description.
                            || named_by_noun(&e.name, &head))
                })
                .max_by_key(|(_, e)| e.last_seen)
                .map(|(k, _)| k)
                // "the ombudsman" after "the Fair Wages Ombudsman": the one
                // whose name the title ends.
                .or_else(|| {
                    self.latest(|e| {
                        e.words.len() >= 2 && e.words.last().is_some_and(|w| *w == head)
                    })
                });
            let k = match found {
                Some(k) => k,
                // Known by its role from now on: "One senior correspondent
                // said …" is "the correspondent" later.
                None => {
                    let k = self.new_entity(text_of(a, r), SpeakerKind::Person);
                    self.entities[k].add_role(head.into());
                    k
                }
            };
            let e = &mut self.entities[k];
            e.mentions.push(span_r);
            e.last_active = pos;
            e.last_seen = pos;
            return Some(k);
        }
        // "the engineer" after "One senior engineer said": the one named by
        // that description.
        let described = a
            .is(r.start, "the")
            .then(|| {
                self.recent()
                    .filter(|(_, e)| e.kind != SpeakerKind::Group && named_by_noun(&e.name, &head))
                    .max_by_key(|(_, e)| e.last_seen.max(e.last_active))
                    .map(|(k, _)| k)
            })
            .flatten();
        let k = described.unwrap_or_else(|| self.new_entity(text_of(a, r), SpeakerKind::Person));
        self.entities[k].mentions.push(span_r);
        self.entities[k].last_active = pos;
        Some(k)
    }

    fn recent(&self) -> impl Iterator<Item = (usize, &Entity<'a>)> + '_ {
        self.recent.iter().map(move |&k| (k, &self.entities[k]))
    }

    /// Marks an entity as just mentioned.
    fn touch(&mut self, k: usize) {
        // Only entities with a stamp are in `recent`, once each, and those
        // touched again are mostly among the latest: searched from the end.
        let listed = self.stamp.get(k).is_some_and(|&s| s != 0);
        if let Some(i) = listed
            .then(|| self.recent.iter().rposition(|&r| r == k))
            .flatten()
        {
            self.recent.remove(i);
        } else {
            if self.recent.len() >= RECENT {
                let out = self.recent.remove(0);
                self.stamp[out] = 0;
                // Lookups find only entities in `recent` (or make new ones),
                // and an entity becomes a speaker only as a lookup gives it
                // for a source: one leaving without having spoken never will.
                if !self.entities[out].speaks {
                    self.entities[out].forget();
                }
            }
            self.index(k);
        }
        self.recent.push(k);
        if self.stamp.len() <= k {
            self.stamp.resize(k + 1, 0);
        }
        self.clock += 1;
        self.stamp[k] = self.clock;
    }

    /// Lists entity `k` under its name's words (see `by_last`).
    fn index(&mut self, k: usize) {
        let words = &self.entities[k].words;
        let Some(last) = words.last() else {
            return;
        };
        add_word(&mut self.by_last, last, k);
        // "Hollin Creek Dairy" is found by "Hollin Creek" too.
        if let Some(n) = firm_stem(words) {
            add_word(&mut self.by_last, &words[n - 1], k);
        }
        if words.len() == 2 || words.len() == 3 && persons_name(words) || firm_name(words) {
            add_word(&mut self.by_first, &words[0], k);
        }
        // Found by the personal name before a patronymic: a one-word name
        // looks in `by_last` too, and so does a longer one by its last word.
        if let Some(p) = patronymic(words) {
            for w in &words[..p] {
                add_word(&mut self.by_last, w, k);
            }
        }
        // "WHO" finds "World Health Organization".
        let x = &mut self.initials;
        if acronym_into(words, x) {
            add_to(&mut self.by_last, x, || Cow::Owned(x.clone()), k);
        }
    }

    /// The recent entity, not a group, whose name agrees with `words` and
    /// that was seen last (the latest in `recent` among equals): the
    /// entities that can agree are looked up by word rather than all
    /// compared.
    fn agreeing(&mut self, words: &[Cow<str>], gender: Option<Gender>) -> Option<usize> {
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return None;
        };
        // ((whether of the title's or given name's gender, last_seen, place
        // in recent), entity): one of another gender is the one meant only
        // when no other agrees ("Ms. Epstein" after "Lee Epstein", whose
        // name the lists call a man's).
        let mut best: Option<((bool, bool, usize, u64), usize)> = None;
        let (entities, stamp) = (&self.entities, &self.stamp);
        // Each list is looked up once, its entities compared and those no
        // longer recent dropped from it as they are met. The best is the
        // same in any order: no two entities have the same place.
        let mut walk = |list: Option<&mut Ids>| {
            if let Some(list) = list {
                list.retain(|k| {
                    let place = stamp.get(k).copied().unwrap_or(0);
                    if place == 0 {
                        return false;
                    }
                    let e = &entities[k];
                    if e.kind != SpeakerKind::Group
                        && names_agree(&e.words, words, e.kind == SpeakerKind::Person)
                    {
                        let key = (
                            agrees_in_gender(e, gender),
                            same_head(e, words),
                            e.last_seen,
                            place,
                        );
                        if best.map_or(true, |(b, _)| key > b) {
                            best = Some((key, k));
                        }
                    }
                    true
                });
            }
        };
        walk(self.by_last.get_mut(&**last));
        if let Some(n) = firm_stem(words) {
            walk(self.by_last.get_mut(&*words[n - 1]));
        }
        match words.len() {
            1 => walk(self.by_first.get_mut(&**first)),
            2 => walk(self.by_last.get_mut(&**first)),
            _ => {}
        }
        // "World Health Organization" finds "WHO", listed under its own word.
        if acronym_into(words, &mut self.initials) {
            walk(self.by_last.get_mut(self.initials.as_str()));
        }
        best.map(|(_, k)| k)
    }

    fn new_entity(&mut self, name: String, kind: SpeakerKind) -> usize {
        self.entities.push(Entity {
            name: Cow::Owned(name),
            kind,
            mentions: Vec::new(),
            gender: None,
            roles: Vec::new(),
            words: Vec::new(),
            last_active: 0,
            last_seen: 0,
            voice: None,
            speaks: false,
            owner: None,
        });
        self.entities.len() - 1
    }

    fn latest(&self, f: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.recent()
            .filter(|(_, e)| f(e) && (e.last_seen > 0 || e.last_active > 0))
            .max_by_key(|(_, e)| e.last_active.max(e.last_seen))
            .map(|(k, _)| k)
    }

    /// The organisation "the <noun>" stands for: one whose name holds the
    /// noun, else the one the article last spoke of, else a new one.
    fn org_by_noun(&mut self, noun: &str, r: &Range<usize>, pos: usize) -> Option<usize> {
        // "the police" is Westmere Police before the Independent Office for
        // Police Conduct: a name headed by the noun first, then the latest.
        let headed_by = |e: &Entity| {
            let head = e
                .words
                .iter()
                .position(|w| w == "of" || w == "for")
                .unwrap_or(e.words.len())
                .checked_sub(1)
                .and_then(|p| e.words.get(p));
            head.is_some_and(|w| w == noun)
        };
        let generic = matches!(
            noun,
            "company"
                | "firm"
                | "group"
                | "business"
                | "utility"
                | "club"
                | "organisation"
                | "organization"
                | "maker"
                | "shipbuilder"
                | "shipyard"
                | "builder"
                | "housebuilder"
                | "carmaker"
                | "automaker"
                | "drugmaker"
                | "chipmaker"
                | "manufacturer"
                | "retailer"
                | "chain"
                | "airline"
                | "carrier"
                | "insurer"
                | "lender"
                | "operator"
                | "contractor"
                | "supplier"
                | "provider"
                | "developer"
                | "startup"
                | "employer"
                | "owner"
                | "bank"
                | "broadcaster"
                | "publisher"
                | "network"
                | "studio"
                | "charity"
        );
        // "the students' union" after "the Academic Staff Union": a plural
        // possessor that a body's name lacks describes another body.
        let a = self.a;
        let possessor = r
            .end
            .checked_sub(2)
            .filter(|&q| q > r.start && a.is_plural_apostrophe(q) && !a.tokens[q - 1].upper)
            .map(|q| a.lower(q - 1));
        let has_possessor = |e: &Entity| {
            possessor
                .as_ref()
                .map_or(true, |p| e.words.iter().any(|w| w == p))
        };
        let named = self
            .recent()
            .filter(|(_, e)| {
                has_possessor(e) &&
                // "TransAlpina Brenna, the consortium building the tunnel":
                // named by its description too, but for nouns any firm is
                // called by ("the company"), which go to the latest below.
                // "the resort" for "Mount Tallowan Resorts", "the airline"
                // for "Skyvale Airlines": a name's plural is its noun.
                e.kind == SpeakerKind::Organization
                    && (e
                        .words
                        .iter()
                        .any(|w| w == noun || w.strip_suffix('s') == Some(noun))
                        || !generic && e.roles.iter().any(|w| w == noun))
            })
            .max_by_key(|(_, e)| (headed_by(e), e.last_seen))
            .map(|(k, _)| k);
        if let Some(k) = named {
            return Some(k);
        }
        // "the regulator" for "the Qualifications Standards Office": the
        // latest body whose name has a head such a body's name has.
        let heads = lexicon::name_heads_of(noun);
        if !heads.is_empty() {
            if let Some(k) = self.latest(|e| {
                e.kind == SpeakerKind::Organization
                    && has_possessor(e)
                    && e.words.iter().any(|w| heads.contains(&w.as_ref()))
                    // An agency's "Administration" is in its name, not
                    // "the Obama administration".
                    && (noun != "agency"
                        || !e.words.iter().any(|w| w == "administration")
                        || e.name.ends_with("Administration"))
            }) {
                return Some(k);
            }
        }
        if generic {
            // "accused the mining company of …. The company denied …": an
            // unnamed description of the same noun, more recent than any named
            // organisation, is the one meant.
            let described = (r.start.saturating_sub(80)..r.start)
                .rev()
                .find(|&j| {
                    !a.tokens[j].upper
                        && a.is(j, noun)
                        && (j.saturating_sub(3)..j).any(|k| a.in_group(k, Lex::Article))
                        && !(j.saturating_sub(3)..j)
                            .any(|k| a.tokens[k].upper && !a.is_any(k, &["The", "A", "An"]))
                })
                .map(|j| {
                    let start = (j.saturating_sub(3)..j)
                        .find(|&k| a.in_group(k, Lex::Article))
                        .unwrap_or(j);
                    (start, j)
                });
            let is_org = |e: &Entity| e.kind == SpeakerKind::Organization && !e.words.is_empty();
            // "the agrochemical company Tillmann Agri. … the company says":
            // the description named the body it describes.
            if let Some((_, j)) =
                described.filter(|&(_, j)| a.tokens.get(j + 1).is_some_and(|t| t.upper))
            {
                let at = a.tokens[j + 1].span().start;
                if let Some(k) =
                    self.latest(|e| is_org(e) && e.mentions.iter().any(|m| m.start == at))
                {
                    return Some(k);
                }
            }
            // "Open Hands, a medical charity, said …. the charity's claim":
            // a description in apposition after a body's name is that body.
            if let Some((start, _)) =
                described.filter(|&(start, _)| start >= 2 && a.is_mark(start - 1, ","))
            {
                let at = a.tokens[start - 2].span().end;
                if let Some(k) =
                    self.latest(|e| is_org(e) && e.mentions.iter().any(|m| m.end == at))
                {
                    return Some(k);
                }
            }
            // The nouns for a business ("the company", "the operator"): all
            // of these but the few a union or a council is called too.
            let commercial = !matches!(
                noun,
                "group"
                    | "club"
                    | "organisation"
                    | "organization"
                    | "owner"
                    | "network"
                    | "charity"
            );
            // "the company", "the firm": the latest body named like a company
            // ("Pemberton Electrical"), not a country or product named after
            // it ("air fryers sold in Britain", "its app Dozely"), nor a body
            // of something ("the Department of Health").
            let company = commercial
                .then(|| {
                    let like_company = |e: &Entity| {
                        is_org(e)
                            && e.words.last().is_some_and(|w| lexicon::is_company_word(w))
                            && !e.words.iter().any(|w| w == "of" || w == "for")
                    };
                    // One brought in as where someone works ("the consultant
                    // Jo Reyes, of Railpath Associates") only when no other is.
                    self.latest(|e| like_company(e) && !introduced_as_employer(a, e))
                        .or_else(|| self.latest(like_company))
                })
                .flatten();
            // A bare "the company" describes nothing when a body named like
            // one was seen: it points back to it, as this one does.
            let described = described
                .filter(|&(start, j)| company.is_none() || start + 1 < j || !a.is(start, "the"));
            // "C, the company said", with a body named in C ("… customers of
            // the payments app Quillpay, the company said"): that body, if
            // named as a noun of its own, not before another noun ("a boom
            // in DIY projects").
            let s0 = a.sentences[a.sentence_of(r.start)].tokens.start;
            // (Its latest mention only: a body named a thousand times in one
            // long sentence is not searched a thousand times for each.)
            let headed = |e: &Entity| {
                e.mentions.last().is_some_and(|m| {
                    let after = a.tokens.partition_point(|t| t.span().start < m.end);
                    after > s0
                        && after <= r.start
                        && !a.tokens[after].upper
                        && a.tokens[after].kind != Kind::Word
                })
            };
            let in_content = (company.is_none() && r.start > s0 && a.is_mark(r.start - 1, ","))
                .then(|| {
                    self.latest(|e| {
                        is_org(e) && e.last_seen > s0 + 1 && e.last_seen <= r.start && headed(e)
                    })
                })
                .flatten();
            // A business is never a union, a council or a ministry that
            // spoke before it.
            let may_be = |e: &Entity| {
                is_org(e)
                    && !(commercial
                        && e.words
                            .last()
                            .is_some_and(|w| lexicon::is_public_body_word(w)))
            };
            // A body named like a company, else the one named in C, else the
            // latest body that has been a subject or a source, not one named
            // in passing ("forecasts compiled for Wall Street").
            let latest = company
                .or(in_content)
                .or_else(|| self.latest(|e| may_be(e) && e.last_active > 0))
                .or_else(|| self.latest(may_be));
            // "the campaign group" after "Police said …": a modifier that the
            // latest organisation's name lacks describes another body.
            let modifier = (r.start..r.end)
                .find(|&j| {
                    a.tokens[j].kind == Kind::Word
                        && !a.tokens[j].upper
                        && !a.is_in(j, Lex::Determiner)
                        && !a.is(j, noun)
                })
                .filter(|&j| (j + 1..r.end).any(|k| a.is(k, noun)));
            let latest = latest.filter(|&k| {
                modifier.map_or(true, |m| {
                    let w = a.lower(m);
                    self.entities[k].words.iter().any(|x| *x == w)
                })
            });
            match (latest, described) {
                // Named (or resolved) at or after the description: the named one.
                (Some(k), Some((start, _)))
                    if self.entities[k].last_seen.max(self.entities[k].last_active) > start =>
                {
                    return Some(k)
                }
                (Some(k), None) => return Some(k),
                (_, Some((start, j))) => {
                    let name = format!("the {}", text_of(a, &(start + 1..j + 1)));
                    if let Some(k) = self.recent().find(|(_, e)| e.name == name).map(|(k, _)| k) {
                        return Some(k);
                    }
                    let k = self.new_entity(name, SpeakerKind::Organization);
                    self.entities[k].words = vec![Cow::Owned(noun.to_string())];
                    self.index(k);
                    self.entities[k].last_seen = pos;
                    return Some(k);
                }
                _ => {}
            }
        }
        let mut s = r.start;
        while s < r.end && a.in_group(s, Lex::IndefiniteArticle) {
            s += 1;
        }
        let name = text_of(a, &(s..r.end));
        let key = lexicon::lowercase(&name);
        let key = lexicon::trim_prefix(&key, "the ");
        if let Some(k) = self
            .recent()
            .find(|(_, e)| lower_eq_without_the(&e.name, key))
            .map(|(k, _)| k)
        {
            return Some(k);
        }
        let k = self.new_entity(name, SpeakerKind::Organization);
        self.entities[k].words = vec![Cow::Owned(noun.to_string())];
        self.index(k);
        self.entities[k].last_seen = pos;
        Some(k)
    }

    /// For "the op-ed" (the words after "the", ending in a document or a
    /// statement's noun): the owner of the last "Abernathy's op-ed" in the
    /// 600 tokens before, the noun phrase before its possessive.
    fn owner_named_before(&self, r: &Range<usize>) -> Option<Range<usize>> {
        let a = self.a;
        if !a.is_word(r.start, "the") {
            return None;
        }
        let n = r.len().checked_sub(1).filter(|&n| n >= 1)?;
        let spoken = a.with_lower(r.end - 1, |w| {
            lexicon::is_record_noun(w)
                || matches!(
                    w,
                    "op-ed"
                        | "column"
                        | "essay"
                        | "article"
                        | "remarks"
                        | "book"
                        | "memoir"
                        | "lawsuit"
                        | "complaint"
                )
        });
        if !spoken {
            return None;
        }
        let lo = r.start.saturating_sub(600);
        let p = (lo + 1..r.start.saturating_sub(n)).rev().find(|&p| {
            a.tokens[p].kind == Kind::Possessive
                && (0..n).all(|i| {
                    a.word(p + 1 + i)
                        .eq_ignore_ascii_case(a.word(r.start + 1 + i))
                })
        })?;
        if owned_by_time(a, p) {
            return None;
        }
        crate::claim::np_back(a, p - 1, lo)
    }

    /// Resolves the part of a source phrase that names who speaks ("the
    /// Dutch embassy" of "the Dutch embassy in Paris"); the mention is the
    /// whole phrase, as the source is.
    fn resolve_part(
        &mut self,
        part: Range<usize>,
        whole: &Range<usize>,
        desc: Option<&Range<usize>>,
        pos: usize,
        active: bool,
    ) -> Option<usize> {
        let a = self.a;
        let k = self.resolve_np(&part, desc, pos, active)?;
        let mentions = &mut self.entities[k].mentions;
        if mentions.last() == Some(&mention_span(a, &part)) {
            mentions.pop();
        }
        mentions.push(mention_span(a, whole));
        Some(k)
    }

    /// In a source that is a record with a reduced relative clause after
    /// it ("figures the company filed with the board", "data that the
    /// ministry released"), the words of whoever made the record: after
    /// the noun and an optional "that", up to four words ending before a
    /// verb of filing or publishing.
    fn record_maker(&self, r: &Range<usize>) -> Option<Range<usize>> {
        let a = self.a;
        let noun = (r.start..(r.start + 3).min(r.end))
            .find(|&j| !a.tokens[j].upper && a.with_lower(j, lexicon::is_record_noun))?;
        let from = noun + 1 + usize::from(a.is(noun + 1, "that"));
        let verb = (from + 1..(from + 5).min(r.end)).find(|&j| {
            a.is_any(
                j,
                &[
                    "filed",
                    "released",
                    "published",
                    "issued",
                    "submitted",
                    "compiled",
                    "sent",
                    "provided",
                    "prepared",
                ],
            )
        })?;
        ((from..verb).all(|k| a.tokens[k].kind == Kind::Word)
            && (a.is_in(from, Lex::Determiner) || a.tokens[from].upper))
            .then_some(from..verb)
    }

    /// Resolves any source phrase.
    fn resolve_np(
        &mut self,
        r: &Range<usize>,
        desc: Option<&Range<usize>>,
        pos: usize,
        active: bool,
    ) -> Option<usize> {
        let a = self.a;
        if r.is_empty() {
            return None;
        }
        // "One of them", "Two of those people": one of the group just named.
        if r.len() >= 3
            && a.is(r.start + 1, "of")
            && a.is_any(r.start + 2, &["them", "those"])
            && (crate::cue::is_count(a, r.start) || a.is_any(r.start, &["some", "several", "many"]))
        {
            let k = self.by_pronoun(Pronoun::Plural, pos)?;
            self.entities[k].mentions.push(mention_span(a, r));
            return Some(k);
        }
        // "The three told …" after "three former board members said …":
        // the group counted so.
        if r.len() == 2 && a.is(r.start, "the") && crate::cue::is_count(a, r.start + 1) {
            let count = a.lower(r.start + 1);
            // Compared as bytes: a name need not have a character
            // boundary where the count's length ends.
            let counted = self.latest(|e| {
                let name = e.name.as_bytes();
                e.kind == SpeakerKind::Group
                    && name.get(count.len()) == Some(&b' ')
                    && name[..count.len()].eq_ignore_ascii_case(count.as_bytes())
            });
            if let Some(k) = counted {
                self.entities[k].mentions.push(mention_span(a, r));
                return Some(k);
            }
        }
        if r.len() == 1 {
            // A source can be an object pronoun too: "according to him".
            let p = a.with_lower(r.start, |w| {
                lexicon::pronoun(w).or_else(|| possessive(w)).or(match w {
                    "him" => Some(Pronoun::Male),
                    "them" => Some(Pronoun::Plural),
                    "me" | "us" => Some(Pronoun::First),
                    _ => None,
                })
            });
            if let Some(p) = p {
                let k = self.by_pronoun(p, pos)?;
                self.entities[k].mentions.push(mention_span(a, r));
                return Some(k);
            }
        }
        // "the Dutch embassy in Paris", "officials in Kenya": the place is
        // where the body is, not who speaks.
        // So is "in Redbury" in "a head of maths at a comprehensive in
        // Redbury".
        let placed = (r.start + 1..r.end.saturating_sub(1)).find(|&j| {
            crate::claim::body_placed(a, j)
                && (a.tokens[j + 1].upper
                    || a.is(j + 1, "the") && a.tokens.get(j + 2).is_some_and(|t| t.upper))
                || crate::claim::places_workplace(a, j, r.start)
        });
        if let Some(j) = placed {
            return self.resolve_part(r.start..j, r, desc, pos, active);
        }
        // "an audit by the Health Standards Office": a record speaks for
        // whoever made it.
        // So does "a forecast published Thursday by researchers at …": a
        // noun, a participle of publishing and up to three words of when
        // or where, then its makers. ("A study funded by the company" is
        // not the company's.)
        let author = (r.start + 1..r.end.saturating_sub(1)).find(|&j| {
            a.is(j, "by")
                && (a.with_lower(j - 1, lexicon::is_document_noun)
                    || (j.saturating_sub(4).max(r.start + 1)..j).any(|p| {
                        a.is_any(
                            p,
                            &["published", "released", "issued", "produced", "compiled"],
                        ) && a.tokens[p - 1].kind == Kind::Word
                            && (p + 1..j).all(|k| a.tokens[k].kind == Kind::Word)
                    }))
        });
        if let Some(j) = author {
            return self.resolve_part(j + 1..r.end, r, desc, pos, active);
        }
        // "according to figures the company filed with the board": a
        // record, then who filed, released or sent it (a reduced relative
        // clause). Not "documents the newspaper obtained": whoever obtained
        // a record did not write it.
        if let Some(maker) = self.record_maker(r) {
            return self.resolve_part(maker, r, desc, pos, active);
        }
        // "A former operator at Hensley", "an engineer with the utility":
        // one unnamed person who works there, not the body's voice (as a
        // spokesperson is) nor the body. So is "a senior aide to Chen":
        // the one served is not the one speaking.
        let at = (r.start + 2..r.end.saturating_sub(1)).find(|&j| {
            a.is_any(j, &["at", "with"])
                || a.is(j, "to") && a.lower_is(j - 1, |w| lexicon::takes_complement(w, "to"))
        });
        if let Some(j) = at.filter(|&j| {
            (a.in_group(r.start, Lex::IndefiniteArticle) || a.is(r.start, "one"))
                && (r.start + 1..j).all(|k| {
                    a.tokens[k].kind == Kind::Word
                        && !a.tokens[k].upper
                        && !a.is_in(k, Lex::Spokesperson)
                        && !a.is_in(k, Lex::GroupNoun)
                        // ("an interview with The Times" is no one.)
                        && !a.with_lower(k, lexicon::is_record_noun)
                })
                && (j + 1..r.end).any(|k| a.tokens[k].upper || a.is_in(k, Lex::OrgNoun))
        }) {
            let k = self.new_entity(text_of(a, r), SpeakerKind::Person);
            self.entities[k].add_role(a.lower_cow(j - 1));
            let e = &mut self.entities[k];
            e.mentions.push(mention_span(a, r));
            e.last_active = pos;
            e.last_seen = pos;
            return Some(k);
        }
        let name = name_range(a, r);
        // "a company spokesperson" speaks for the company; "White House spokesman John Kirby" is a person.
        let has_spokes = (r.start..r.end)
            .any(|j| a.is_in(j, Lex::Spokesperson) && !(j + 1 < r.end && a.tokens[j + 1].upper));
        // "Ruiz's campaign" is named by its possessor; "Britain's Prime
        // Minister James Whitfield" by the name after the title.
        let possessive_head = (r.start..r.end).any(|j| a.tokens[j].kind == Kind::Possessive)
            && !(name.start > r.start
                && !name.is_empty()
                && a.tokens[name.start].upper
                && a.tokens[name.start - 1].kind == Kind::Word
                && a.is_in(name.start - 1, Lex::Title));
        // The head noun stands before "of": "Many residents of Pine Hollow", "Critics of the plan", "Analysts at X", "Islanders on X".
        // ("Residents living near Heathrow": before the participle.)
        let head = (r.start..r.end)
            .find(|&j| j > r.start && is_head_end(a, j))
            .map_or(r.end - 1, |j| j - 1);
        let plural_group = a.is_in(head, Lex::GroupNoun)
            && (!a.tokens[head].upper || head == r.start || a.is_in(head - 1, Lex::Determiner));
        if !name.is_empty()
            && a.tokens[name.start].upper
            && !has_spokes
            && !possessive_head
            && !plural_group
        {
            return self.by_name(r, desc, pos, active);
        }
        if possessive_head && !has_spokes {
            // "according to the council's figures": a document speaks for
            // whoever it belongs to.
            let owner = (r.start + 1..r.end.saturating_sub(1))
                .rfind(|&j| a.tokens[j].kind == Kind::Possessive)
                .filter(|&p| {
                    a.with_lower(r.end - 1, lexicon::is_document_noun)
                        // Not "Tuesday's results", "last year's figures", nor
                        // "a source familiar with the FDIC's inquiry".
                        && !owned_by_time(a, p)
                        && !(r.start..p).any(|j| a.is_in(j, Lex::NpBreaker) || a.is_any(j, &["with", "of"]))
                });
            if let Some(p) = owner {
                return self.resolve_part(r.start..p, r, None, pos, active);
            }
            // "Ruiz's campaign", "Echeverría's agent": a body or person of its
            // own; "Sainsbury's", with no noun after it, is a firm's name.
            let head = a.lower(r.end - 1);
            let firm = a.tokens[r.end - 1].kind == Kind::Possessive;
            // "the council's planning officers": a plural group noun heads
            // a group, which "they" can stand for.
            let kind = if firm || lexicon::is_org_noun(&head) {
                SpeakerKind::Organization
            } else if lexicon::is_group_noun(&head) {
                SpeakerKind::Group
            } else {
                SpeakerKind::Person
            };
            // "The grocery chain Marlowe's" is Marlowe's.
            let own_name = firm && !name.is_empty() && a.tokens[name.start].upper;
            let nm = text_of(a, &(if own_name { name.start } else { r.start }..r.end));
            let key = lexicon::lowercase(&nm);
            let found = self
                .recent()
                .find(|(_, e)| lower_eq(&e.name, &key))
                .map(|(k, _)| k);
            let k = match found {
                Some(k) => k,
                None => self.new_entity(nm, kind),
            };
            self.entities[k].mentions.push(mention_span(a, r));
            self.entities[k].last_active = pos;
            return Some(k);
        }
        // A description new here, opened by a possessive ("his aides"):
        // whose it is, for its name (see `name_the_owned`).
        let k = self.by_description(r, pos)?;
        if self.entities[k].mentions.len() == 1 {
            self.entities[k].owner = self.owner_of(r, pos);
        }
        Some(k)
    }
}

/// The pronoun a possessive that opens a description stands for: "his",
/// "her", "its", "their", in any case.
fn possessive(w: &str) -> Option<Pronoun> {
    [
        ("his", Pronoun::Male),
        ("her", Pronoun::Female),
        ("its", Pronoun::Neuter),
        ("their", Pronoun::Plural),
    ]
    .into_iter()
    .find(|(p, _)| w.eq_ignore_ascii_case(p))
    .map(|(_, p)| p)
}

/// The gender a pronoun asks for, if any.
fn gender_of_pronoun(p: Pronoun) -> Option<Gender> {
    match p {
        Pronoun::Male => Some(Gender::Male),
        Pronoun::Female => Some(Gender::Female),
        _ => None,
    }
}

/// Whether the possessive at `p` is a day's or a time's ("Tuesday's
/// results", "last year's figures"): no one who speaks owns the document.
fn owned_by_time(a: &Article, p: usize) -> bool {
    a.is_in(p - 1, Lex::TimeWord) || a.is_in(p - 1, Lex::Weekday)
}

/// Whether two title words name one office: "Mr Justice X" is "the judge".
fn same_role(a: &str, b: &str) -> bool {
    const OFFICES: &[&[&str]] = &[
        &["judge", "justice"],
        &["spokesman", "spokeswoman", "spokesperson"],
        &["chairman", "chairwoman", "chairperson", "chair"],
    ];
    a == b || OFFICES.iter().any(|o| o.contains(&a) && o.contains(&b))
}

/// Words that end a description's head noun: "residents of X", "analysts
/// at X", "islanders on X", "farmers across X".
static HEAD_ENDS: WordSet = WordSet::new(WordList("of for at from in on across along near around"));

/// Token `j` ends a description's head noun: a preposition of
/// [`HEAD_ENDS`], a participle that places it ("Residents living near
/// Heathrow"), or an adjective that says what the anonymous know.
fn is_head_end(a: &Article, j: usize) -> bool {
    a.lower_is(j, |w| HEAD_ENDS.contains(w))
        || a.lower_is(j, lexicon::is_placing_participle)
        // "people familiar with the matter", "sources close to the talks":
        // an adjective after the noun, the way anonymous sources are named.
        || a.is_any(j, &["familiar", "briefed", "aware"])
        || a.is(j, "close") && a.is(j + 1, "to")
}

/// The initials of a name of several words, joiners left out: "who" for
/// "World Health Organization", "aclu" for "American Civil Liberties Union".
fn acronym<S: AsRef<str>>(words: &[S]) -> Option<Initials> {
    let mut x = Initials {
        bytes: [0; 4 * Initials::MAX],
        len: 0,
    };
    each_initial(words, |c| {
        let at = usize::from(x.len);
        x.len += c.encode_utf8(&mut x.bytes[at..]).len() as u8;
    })
    .then_some(x)
}

/// Whether a name word gives its initial to the name's acronym: joiners
/// do not.
fn has_initial(w: &str) -> bool {
    !matches!(w, "of" | "and" | "for" | "the" | "&" | "de" | "la" | "du")
}

/// [`acronym`] written into `out`, a string kept from one name to the
/// next: true when there is one. A lookup needs the initials as a string,
/// which `Initials` gives only after checking its bytes again.
fn acronym_into<S: AsRef<str>>(words: &[S], out: &mut String) -> bool {
    out.clear();
    each_initial(words, |c| out.push(c))
}

/// Calls `push` with each initial of a name of several words, joiners left
/// out; true when there are two to [`Initials::MAX`] of them (what was
/// pushed is then the acronym).
fn each_initial<S: AsRef<str>>(words: &[S], mut push: impl FnMut(char)) -> bool {
    if words.len() < 2 {
        return false;
    }
    let mut count = 0;
    for c in words
        .iter()
        .map(AsRef::as_ref)
        .filter(|w| has_initial(w))
        .filter_map(|w| w.chars().next())
    {
        if count == Initials::MAX {
            return false;
        }
        push(c);
        count += 1;
    }
    count >= 2
}

/// An acronym's letters, kept inline: [`acronym`] runs for every name
/// looked up, and a heap string each time cost more than the lookup.
#[derive(Clone, Copy)]
struct Initials {
    /// The initials' UTF-8, `len` bytes of it.
    bytes: [u8; 4 * Initials::MAX],
    len: u8,
}

impl Initials {
    /// The most initials an acronym has.
    const MAX: usize = 6;
}

impl std::ops::Deref for Initials {
    type Target = str;

    fn deref(&self) -> &str {
        // Whole characters were written: always UTF-8.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl PartialEq<String> for Initials {
    fn eq(&self, other: &String) -> bool {
        **self == **other
    }
}

impl PartialEq<Cow<'_, str>> for Initials {
    fn eq(&self, other: &Cow<'_, str>) -> bool {
        **self == **other
    }
}

/// A name of three words or more that ends in a company word ("Skarvik
/// Launch Systems"): its first word alone names the firm too.
fn firm_name(words: &[Cow<str>]) -> bool {
    words.len() >= 3 && words.last().is_some_and(|w| lexicon::is_company_word(w))
}

/// How many words a company's name keeps without the company words that
/// end it ("Hollin Creek" of "Hollin Creek Dairy"), when it ends in some
/// and at least two are left: one word alone ("Westmark") is matched by
/// [`names_agree`]'s rules for short forms.
fn firm_stem(words: &[Cow<str>]) -> Option<usize> {
    let n = words
        .iter()
        .rposition(|w| !lexicon::is_company_word(w))
        .map_or(0, |i| i + 1);
    (n >= 2 && n < words.len()).then_some(n)
}

/// The speaker of "The report" or "The letter" in draft `k`'s source when
/// the document was brought in as "a report" or "its report" in a sentence where someone
/// spoke ("In a 40-page report, the federation said …. The report also said
/// …", "Several grandmasters have signed an open letter calling …. The
/// letter argues …"): that speaker, who wrote or signed it.
fn document_owner(
    a: &Article,
    drafts: &[Draft],
    speaker_of: &[Option<usize>],
    entities: &Blocks<Entity>,
    k: usize,
    src: &Range<usize>,
) -> Option<usize> {
    if src.len() > 4 || !a.is_word(src.start, "the") {
        return None;
    }
    let noun = src.end - 1;
    // A capital makes the noun a name: "The Post" is the newspaper.
    let document = !a.tokens[noun].upper && a.with_lower(noun, lexicon::is_record_noun);
    if !document {
        return None;
    }
    let lo = src.start.saturating_sub(600);
    // "a report", "an open letter", "a 40-page report", "its report" (a
    // possessive brings a document in as "a" does).
    let Some(p) = (lo + 4..src.start).rev().find(|&p| {
        a.word(p).eq_ignore_ascii_case(a.word(noun))
            && (p - 4..p).any(|j| a.is_any(j, &["a", "an", "its", "their", "his", "her"]))
    }) else {
        // "…, researchers at X reported. … the study found": a study
        // brought in by no "a study" is the researchers' who have spoken.
        if !a.is_any(noun, &["study", "research", "paper", "trial"]) {
            return None;
        }
        return (0..k).rev().find_map(|j| {
            speaker_of[j].filter(|&e| {
                entities[e].is_group_of(|w| {
                    matches!(w, "researchers" | "scientists" | "academics" | "authors")
                })
            })
        });
    };
    let sentence = a.sentence_of(p);
    (0..k)
        .rev()
        .take_while(|&j| drafts[j].sentence >= sentence)
        .filter(|&j| drafts[j].sentence == sentence)
        .find_map(|j| speaker_of[j])
}

/// Two name forms agree when one's words end the other's ("Raisi" and
/// "Ebrahim Raisi") and no first name differs ("Paul Hale" is not "Richard Hale").
/// `person`: the known name is a person's, whose first word may name them.
fn names_agree(known: &[Cow<str>], new: &[Cow<str>], person: bool) -> bool {
    let (k, n) = (known.len(), new.len());
    if k == 0 || n == 0 {
        return false;
    }
    let same = |i: usize, j: usize| known[i] == new[j];
    // Organisations are shortened from the end: "Westmark" for "Westmark
    // Power", "Hollin Creek" for "Hollin Creek Dairy".
    if k <= n {
        (0..k).all(|i| same(i, n - k + i))
            || k == 1 && n == 2 && same(0, 0)
            || firm_stem(new) == Some(k) && (0..k).all(|i| same(i, i))
            || k == 1 && acronym(new).is_some_and(|x| x == known[0])
    } else {
        (0..n).all(|j| same(k - n + j, j))
            // "Ong" for "Ong Kah Wee", "Loh" for "Loh Mei Ying": a name of
            // three words is also known by its first, which in Chinese
            // names is the surname ("Mary" for "Mary Ann Byrne" is her too).
            || n == 1
                && (k == 2 || k == 3 && person && persons_name(known) || firm_name(known))
                && same(0, 0)
            // "Zulkarnain" for "Zulkarnain bin Mat Nasir", "Farah Nadia"
            // for "Farah Nadia binti Ismail": the personal name, the words
            // straight before a patronymic's "son of", "daughter of".
            // (After an honorific of two words, "Tan Sri Zulkarnain bin …".)
            || patronymic(known).is_some_and(|p| n <= p && (0..n).all(|j| same(p - n + j, j)))
            || firm_stem(known) == Some(n) && (0..n).all(|j| same(j, j))
            || n == 1 && acronym(known).is_some_and(|x| x == new[0])
            // "the UN mission" for "the UN Observer Mission": its first and
            // last words, with the middle left out (not one of a couple:
            // "Khizr Khan" is not "Khizr and Ghazala Khan").
            || n >= 2
                && same(0, 0)
                && same(k - 1, n - 1)
                && !known.iter().any(|w| w == "and" || w == "&")
                && {
                let mut rest = known[1..k - 1].iter();
                new[1..n - 1].iter().all(|w| rest.any(|x| x == w))
            }
    }
}

/// Whether a person's name of words may be known by its first: none a
/// noun of bodies ("Larkspur Pilots Association"), a title ("Rovers chief
/// executive") or a joiner.
fn persons_name(words: &[Cow<str>]) -> bool {
    !words.iter().any(|w| {
        lexicon::is_org_noun(w)
            || lexicon::is_title(w)
            || w.len() < 2
            || lexicon::NAME_JOINERS.contains(w)
    })
}

/// Where the patronymic's particle ("bin", "binti", "ibn") stands in a
/// name's words, after the personal name: "Zulkarnain bin Mat Nasir" is
/// Zulkarnain, son of Mat Nasir.
fn patronymic(words: &[Cow<str>]) -> Option<usize> {
    (1..words.len().saturating_sub(1))
        .find(|&p| matches!(&*words[p], "bin" | "binti" | "bint" | "ibn" | "bte"))
}

/// Unnamed groups that open a sentence as its subject: "The researchers
/// analysed …", "Many residents fled …". They are what a later "they" most
/// often means.
fn group_subjects(a: &Article) -> Vec<NameMention> {
    let mut out = Vec::new();
    for s in &a.sentences {
        let r = s.tokens.clone();
        let mut j = r.start;
        if j < r.end && a.is_in(j, Lex::Determiner) {
            j += 1;
        }
        // One or two modifiers: "The Dutch researchers", "Many local residents".
        let head = (j..r.end.min(j + 3)).find(|&k| {
            a.tokens[k].kind == Kind::Word && !a.tokens[k].upper && a.is_in(k, Lex::GroupNoun)
        });
        if let Some(h) = head {
            let plain =
                (j..h).all(|k| a.tokens[k].kind == Kind::Word && !a.is_in(k, Lex::NpBreaker));
            let verb_next = a
                .tokens
                .get(h + 1)
                .is_some_and(|t| t.kind == Kind::Word || a.is(h + 1, ","));
            if plain && verb_next && h > r.start {
                out.push(NameMention {
                    tokens: r.start..h + 1,
                    subject: true,
                    group: true,
                });
            }
        }
    }
    out
}

/// The name mentions and group subjects, in text order; a group that starts
/// where a name does is left out.
fn mentions(a: &Article) -> Vec<NameMention> {
    let names = gather_names(a);
    let groups = group_subjects(a);
    if groups.is_empty() {
        return names;
    }
    let mut out = Vec::with_capacity(names.len() + groups.len());
    let mut g = groups.into_iter().peekable();
    for n in names {
        while let Some(x) = g.next_if(|x| x.tokens.start < n.tokens.start) {
            if x.tokens.end <= n.tokens.start {
                out.push(x);
            }
        }
        if g.peek().is_some_and(|x| x.tokens.start == n.tokens.start) {
            g.next();
        }
        out.push(n);
    }
    out.extend(g);
    out
}

/// The role set off before a name found in passing: "The medical
/// director, Dr Ruth Abernethy, has …" (a determiner, a title among its
/// words, then the name between commas), so that the role is the named
/// person's, as a source's description is.
fn apposed_description(a: &Article, name: &Range<usize>) -> Option<Range<usize>> {
    if name.start < 3 || !a.is_mark(name.start - 1, ",") || !a.is_mark(name.end, ",") {
        return None;
    }
    let lo = a.sentences[a.sentence_of(name.start)].tokens.start;
    let d = crate::claim::np_back(a, name.start - 2, lo)?;
    (a.is_in(d.start, Lex::Determiner)
        && (d.start == lo || !a.tokens[d.start].upper)
        && (d.start + 1..d.end).any(|j| a.is_in(j, Lex::Title)))
    .then_some(d)
}

/// Resolves every draft's speaker.
pub fn resolve<'a>(a: &'a Article, drafts: &[Draft]) -> Resolution<'a> {
    let names = mentions(a);
    let mut r = Resolver {
        a,
        entities: Blocks::default(),
        recent: Vec::new(),
        by_last: FxHashMap::default(),
        by_first: FxHashMap::default(),
        stamp: Vec::new(),
        clock: 0,
        spare_words: Vec::new(),
        initials: String::new(),
        content: 0..0,
    };
    // Tokens inside a source, a bit each.
    let mut in_source = vec![0u64; a.tokens.len() / 64 + 1];
    for src in drafts.iter().filter_map(|d| d.source.as_ref()) {
        for j in src.start..=src.end {
            in_source[j / 64] |= 1 << (j % 64);
        }
    }
    // Events in text order: the draft sources, sorted (stably: drafts with
    // one source keep their order), merged with the name mentions, which are
    // in order already, a source before a name at the same token. Merged as
    // they are read, not gathered and sorted: the names are many.
    enum Ev<'d> {
        Name(&'d NameMention),
        Source(usize),
    }
    // Each as a span from the source's first token to the draft's number:
    // sorted by the sort that speakers' mentions use (a sort of its own
    // would add its code to the wasm module), the same order, as a draft's
    // number breaks ties as a stable sort would.
    let mut sources: Vec<Span> = drafts
        .iter()
        .enumerate()
        .filter_map(|(k, d)| d.source.as_ref().map(|s| Span::new(s.start, k)))
        .collect();
    crate::sort::sort(&mut sources);
    debug_assert!(names
        .windows(2)
        .all(|w| w[0].tokens.start < w[1].tokens.start));
    let (mut sources, mut names) = (sources.into_iter().peekable(), names.iter().peekable());
    let events = std::iter::from_fn(|| match (sources.peek(), names.peek()) {
        (Some(&Span { start: p, end: k }), n) if n.map_or(true, |n| p <= n.tokens.start) => {
            sources.next();
            Some((p, Ev::Source(k)))
        }
        (_, Some(&n)) => {
            names.next();
            Some((n.tokens.start, Ev::Name(n)))
        }
        (_, None) => None,
    });
    let mut speaker_of = vec![None; drafts.len()];
    // The drafts with one source come one after another: the source's
    // first token, the first of them (in draft order), and whether one of
    // them has resolved it.
    let mut shared: Option<(usize, usize, bool)> = None;
    for (pos, ev) in events {
        let pos = pos + 1;
        match ev {
            Ev::Source(k) => {
                let d = &drafts[k];
                let src = d.source.clone().unwrap();
                let (first, resolved) = match shared {
                    Some((at, first, resolved)) if at == src.start => (first, resolved),
                    _ => (k, false),
                };
                shared = Some((src.start, first, resolved));
                if d.same_speaker_as.is_some()
                    && d.cue
                        .as_ref()
                        .is_some_and(|c| drafts[d.same_speaker_as.unwrap()].cue.as_ref() == Some(c))
                {
                    continue;
                }
                if resolved {
                    // A shared source (broken quote) resolves once.
                    speaker_of[k] = speaker_of[first];
                    continue;
                }
                shared = Some((src.start, first, true));
                // Only the speaker's own words: reported speech is the
                // writer's, who names the speaker in it ("Carson was
                // returning to Florida, he said").
                if d.kind == ClaimKind::Direct {
                    r.content = d.content_tokens.clone();
                }
                speaker_of[k] = document_owner(a, drafts, &speaker_of, &r.entities, k, &src)
                    .or_else(|| r.resolve_np(&src, d.descriptor.as_ref(), pos, true));
                r.content = 0..0;
                if let Some(e) = speaker_of[k] {
                    r.entities[e].speaks = true;
                    r.touch(e);
                }
            }
            Ev::Name(n) => {
                let j = n.tokens.start;
                if in_source[j / 64] & (1 << (j % 64)) != 0 {
                    continue;
                }
                if (n.tokens.start..n.tokens.end).any(|j| a.is_in(j, Lex::Spokesperson)) {
                    continue;
                }
                let e = if n.group {
                    r.resolve_np(&n.tokens, None, pos, true)
                } else {
                    let desc = apposed_description(a, &n.tokens);
                    r.by_name(&n.tokens, desc.as_ref(), pos, n.subject)
                };
                if let Some(e) = e {
                    r.touch(e);
                }
            }
        }
    }
    // Shared speakers: coordinated verbs, broken quotes, quotes standing alone.
    for _ in 0..3 {
        for k in 0..drafts.len() {
            if speaker_of[k].is_none() {
                if let Some(o) = drafts[k].same_speaker_as {
                    speaker_of[k] = speaker_of.get(o).copied().flatten();
                }
            }
        }
    }
    let mut entities = r.entities;
    name_the_described(a, &mut entities, &mut speaker_of, drafts);
    name_the_owned(&mut entities);
    keep_speakers(&mut entities, &mut speaker_of);
    Resolution {
        entities,
        speaker_of,
    }
}

/// Whether a name mention's last word is the last word of the entity's
/// name: "Ibáñez" is Marisol Ibáñez before "the Ibáñez campaign".
fn same_head(e: &Entity, words: &[Cow<str>]) -> bool {
    e.words
        .last()
        .is_some_and(|w| words.last().is_some_and(|x| x == w))
}

/// "his aides" is shown as "Okafor's aides" and "its foreign ministry" as
/// "Morvath's foreign ministry": out of its sentence, a possessive names no
/// one. The owner's name as shown (a person by surname), owners first, so
/// that "her lawyer's aides" can be "Ruiz's lawyer's aides".
fn name_the_owned(entities: &mut Blocks<Entity>) {
    for k in 0..entities.len() {
        let Some(o) = entities[k].owner.filter(|&o| o < k) else {
            continue;
        };
        let (owner, e) = (&entities[o], &entities[k]);
        // Only a name the reader can trust: a person named in full, of the
        // possessive's gender; a body that speaks in the article, by a name
        // that is not just its noun.
        let Some((word, rest)) = e.name.split_once(' ') else {
            continue;
        };
        let Some(p) = possessive(word) else {
            continue;
        };
        let trusted = match owner.kind {
            SpeakerKind::Person => {
                owner.words.len() >= 2
                    && owner.gender.is_some()
                    && owner.gender == gender_of_pronoun(p)
            }
            _ => matches!(p, Pronoun::Neuter | Pronoun::Plural) && owner.speaks,
        } && owner.words.iter().any(|w| !lexicon::is_org_noun(w));
        if !trusted {
            continue;
        }
        let whose = match owner.kind {
            SpeakerKind::Person => owner.name.rsplit(' ').next().unwrap_or_default(),
            _ => &owner.name,
        };
        // "The commission" opened its sentence: "the commission's staff".
        let (the, whose) = match whose.strip_prefix("The ") {
            Some(w) => ("the ", w),
            None => ("", whose),
        };
        let mut name = String::with_capacity(the.len() + whose.len() + rest.len() + 3);
        name.push_str(the);
        name.push_str(whose);
        name.push_str(if whose.ends_with('s') { "' " } else { "'s " });
        name.push_str(rest);
        entities[k].name = Cow::Owned(name);
    }
}

/// An entity named by a description with `noun` among its words before
/// any preposition ("One senior correspondent", "a consultant
/// microbiologist at the trust"), which "the <noun>" later means.
fn named_by_noun(name: &str, noun: &str) -> bool {
    // "a consultant microbiologist at the trust" is "the consultant" too:
    // any word of the description before its preposition.
    name.split_whitespace()
        .take_while(|w| !lexicon::is_np_breaker(w))
        .any(|w| w.eq_ignore_ascii_case(noun))
}

/// "Verhoeven, 41, testified": an age in apposition after a name at `end`
/// makes it a person's, though one word alone may name a firm.
fn aged(a: &Article, end: usize) -> bool {
    a.is_mark(end, ",")
        && a.tokens
            .get(end + 1)
            .is_some_and(|t| t.kind == Kind::Number && a.word(end + 1).len() <= 3)
        && a.is_mark(end + 2, ",")
}

/// A speaker described before it is named ("a judge said …", then "Judge
/// Imogen Farquhar-Lyle said"; "according to the laboratory that examined
/// it", then "Verity Analytical, a conservation laboratory, said") is the
/// first named speaker after it that the description's noun describes: a
/// lead names its source by role and the body of the story by name. The
/// description's claims and mentions go to the named speaker.
fn name_the_described(
    a: &Article,
    entities: &mut Blocks<Entity>,
    speaker_of: &mut [Option<usize>],
    drafts: &[Draft],
) {
    let first_at = |e: &Entity| e.mentions.iter().map(|m| m.start).min();
    // Each description, the named speaker it is, and its head noun.
    let mut moved: Vec<(usize, usize, String)> = Vec::new();
    for d in 0..entities.len() {
        let desc = &entities[d];
        // A body's description keeps its head noun among its words ("the
        // communications regulator" has "regulator") for a later "the
        // regulator"; it is still a description, all lower case after its
        // determiner.
        let described_body = desc.kind == SpeakerKind::Organization
            && desc.words.len() <= 1
            && is_lower_description(&desc.name);
        // "An animal welfare charity says …": a body introduced with "a",
        // named in lower case without it.
        let indefinite_body = desc.kind == SpeakerKind::Organization
            && desc.words.len() <= 1
            && !desc.name.contains(char::is_uppercase)
            && first_at(desc).is_some_and(|at| {
                let w = &a.text[at..];
                ["a ", "an ", "A ", "An "].iter().any(|p| w.starts_with(p))
            });
        if !desc.speaks || !desc.words.is_empty() && !described_body && !indefinite_body {
            continue;
        }
        let (Some(at), Some(head)) = (first_at(desc), description_head(&desc.name)) else {
            continue;
        };
        let singular = head.strip_suffix('s').filter(|h| h.len() > 2);
        // Where the description's sentence ends, in bytes: a body first
        // named before it is one the description's sentence names.
        let lead_tokens = {
            let i = a.tokens.partition_point(|t| t.span().start < at);
            let si = a.sentence_of(i.min(a.tokens.len().saturating_sub(1)));
            a.sentences[si].tokens.clone()
        };
        let sentence_end = a.tokens[lead_tokens.end - 1].span().end;
        let describes = |e: &Entity| {
            e.speaks
                && !e.words.is_empty()
                && e.kind != SpeakerKind::Group
                // A body's description names a body: "the federation's
                // board" is not "Board member Anders Quist". A group may be
                // a body ("the organisers", then the firm that runs the
                // event) but not one person: "some delegates" are not the
                // one delegate named after them.
                && (desc.kind == SpeakerKind::Person || e.kind == SpeakerKind::Organization)
                && if described_body {
                    // "the gaming regulator said", then "the Gaming
                    // Supervisory Board said": a body described by what it
                    // does is the body named soon after with that word.
                    // Not one named in the description's own sentence:
                    // "The water regulator has fined Hollinwell Water" names
                    // the body it acts on.
                    e.kind == SpeakerKind::Organization
                        && shares_name_word(&desc.name, &e.words)
                        && first_at(e).is_some_and(|f| f >= sentence_end)
                } else {
                    e.roles.iter().any(|r| {
                        *r == head
                            || singular.is_some_and(|s| r == s)
                            // "a judge ruled", then "Justice Miriam Okonjo".
                            || head == "judge" && r == "justice"
                            // "a city council member", then "Councilmember
                            // X": the title is the description's last two
                            // words written as one.
                            || r.strip_suffix(head.as_str()).is_some_and(|p| {
                                !p.is_empty()
                                    && desc.name.split(' ').any(|w| w.eq_ignore_ascii_case(p))
                            })
                    })
                }
        };
        // Entities are made in text order, at their first mention, so the
        // ones named after the description come after it; a description is
        // named soon after it is used, so the look ahead stops a stretch
        // past it, and the pass stays linear in the article.
        let mut found: Option<(usize, usize)> = None;
        // The first speaker after it other than a group, for a lead (below).
        let mut next: Option<(usize, usize)> = None;
        for n in d + 1..entities.len() {
            let e = &entities[n];
            let Some(f) = first_at(e) else {
                continue;
            };
            if f > at + NAMED_WITHIN {
                break;
            }
            if f > at && found.map_or(true, |(best, _)| f < best) && describes(e) {
                found = Some((f, n));
            }
            // (Groups pass: "…, its director told lawmakers, drawing
            // accusations from minority groups. ¶ Annika Brevik said …".)
            if f > at
                && e.speaks
                && e.kind != SpeakerKind::Group
                && next.map_or(true, |(best, _)| f < best)
            {
                next = Some((f, n));
            }
        }
        // Whether the description is the source of the article's first claim.
        let opens_lead = speaker_of.first() == Some(&Some(d));
        // "…, its vice-chancellor announced on Monday. In an email to staff,
        // Professor Lachlan Dwyer-Hume said …": a person the lead's first
        // claim describes is the next speaker, when that one is a person
        // named with no other role.
        let lead = opens_lead
            && desc.kind == SpeakerKind::Person
            && (head
                .rsplit('-')
                .next()
                .is_some_and(lexicon::is_person_title)
                || head == "official"
                // "her challenger", "a rival researcher": a person named
                // by what they do.
                || ["er", "or", "ist"].iter().any(|e| head.ends_with(e)) && head.len() > 5);
        if found.is_none() && lead {
            found = next.filter(|&(_, n)| {
                let e = &entities[n];
                e.kind == SpeakerKind::Person
                    && !e.words.is_empty()
                    && e.roles
                        .iter()
                        .all(|r| *r == head || lexicon::is_honorific(r))
            });
        }
        // "…, federal regulators ruled Wednesday. ¶ The National Air
        // Consumer Board said …": a lead's source described by what a body
        // does is the body named by the next paragraph's first claim, when
        // that is the first time it is named.
        if found.is_none() && opens_lead && is_body_description(&head, singular) {
            let answer = speaker_of
                .iter()
                .position(|s| *s != Some(d))
                .filter(|&k| drafts[k].paragraph == drafts[0].paragraph + 1);
            found = answer
                .and_then(|k| Some((k, speaker_of[k]?)))
                .filter(|&(k, n)| {
                    let e = &entities[n];
                    // Named in that claim's sentence, not before.
                    let from = a.tokens[a.sentences[drafts[k].sentence].tokens.start]
                        .span()
                        .start;
                    e.kind == SpeakerKind::Organization
                        && first_at(e).is_some_and(|f| f >= from && first_named(a, e, f))
                })
                .map(|(_, n)| (0, n));
        }
        // "An animal welfare charity says …" ¶ "…, Free the Herd said …":
        // a body the lead's first claim introduces with "a" is one not yet
        // named, which the next body to speak, named after it in the next
        // two paragraphs, names.
        if found.is_none() && opens_lead && indefinite_body {
            found = next
                .filter(|&(f, n)| {
                    let e = &entities[n];
                    // Not the body the lead's claim is about: "A campaign
                    // group in Pellingham accused the borough council …".
                    e.kind == SpeakerKind::Organization
                        && f >= sentence_end
                        && !e
                            .words
                            .iter()
                            .any(|w| lead_tokens.clone().any(|j| a.lower_is(j, |x| x == w)))
                })
                .filter(|&(_, n)| {
                    speaker_of
                        .iter()
                        .zip(drafts)
                        .any(|(s, dr)| *s == Some(n) && dr.paragraph <= drafts[0].paragraph + 2)
                });
        }
        if let Some((_, n)) = found {
            moved.push((d, n, head));
        }
    }
    if moved.is_empty() {
        return;
    }
    let mut named_as: Vec<usize> = (0..entities.len()).collect();
    for (d, n, head) in moved {
        named_as[d] = n;
        let mentions = std::mem::take(&mut entities[d].mentions);
        entities[d].speaks = false;
        entities[n].mentions.extend(mentions);
        // What the description called it ("the regulator") still names it
        // when another speaker answers ("accused the regulator of …").
        entities[n].add_role(Cow::Owned(head));
    }
    for e in speaker_of.iter_mut().flatten() {
        *e = named_as[*e];
    }
}

/// Whether the entity `e`, first mentioned at byte `f`, is a name ("the
/// Maritime Standards Office", not "the airline") that the text before
/// `f` has not written: a capitalised word of it stands there for the
/// first time ("the Lakemont Running Association" after "the Lakemont
/// City Marathon", not "Hollin Creek Dairy" after "the Hollin Creek Dairy
/// plant").
fn first_named(a: &Article, e: &Entity, f: usize) -> bool {
    let Some(m) = e.mentions.iter().find(|m| m.start == f) else {
        return false;
    };
    let before = &a.text[..f];
    a.text[m.start..m.end]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3 && w.starts_with(char::is_uppercase) && *w != "The")
        .any(|w| {
            !before.match_indices(w).any(|(i, _)| {
                let edge = |c: Option<char>| c.map_or(true, |c| !c.is_alphanumeric());
                edge(before[..i].chars().next_back()) && edge(before[i + w.len()..].chars().next())
            })
        })
}

/// Whether a description's head noun (`singular`: without its plural
/// ending) names people by what a body does: "regulators", "the
/// watchdog", "race organizers", "the state drug purchaser". Not a body's
/// own noun ("the department", "the union"), which stands for a body
/// already named as often as for one named next.
fn is_body_description(head: &str, singular: Option<&str>) -> bool {
    BODY_AGENTS.contains(head) || singular.is_some_and(|s| BODY_AGENTS.contains(s))
}

/// People named by what a body does, who speak for it.
const BODY_AGENTS: WordList = WordList(
    "regulator watchdog organizer organiser commissioner purchaser inspector auditor \
     investigator producer",
);

/// Whether a word of a body's description ("the ferry operator", "the
/// country's communications regulator") is, give or take a plural or an
/// ending, a word of a name ("Caladh Ferries", "the Communications
/// Standards Authority"). Owners ("the country's") and words of place or
/// level, which any body may have, do not count.
fn shares_name_word(description: &str, name_words: &[Cow<str>]) -> bool {
    description
        .split_whitespace()
        .filter(|w| !w.ends_with("'s") && !w.ends_with("\u{2019}s"))
        .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| {
            w.len() >= 4
                && !matches!(
                    w.as_str(),
                    "city"
                        | "state"
                        | "country"
                        | "county"
                        | "national"
                        | "regional"
                        | "local"
                        | "federal"
                        | "government"
                        | "public"
                        | "official"
                        | "officials"
                        | "company"
                        | "group"
                        | "their"
                        | "that"
                        | "this"
                )
        })
        .any(|w| {
            let stem = word_stem(&w);
            name_words.iter().any(|n| word_stem(n) == stem)
        })
}

/// "the ferry operator", "the country's gaming regulator": a determiner,
/// then lower-case words only. ("Rubio's campaign" has a name for owner.)
fn is_lower_description(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let opens = words.next().is_some_and(|w| {
        matches!(
            lexicon::lowercase(w).as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
    });
    let mut rest = words.peekable();
    opens && rest.peek().is_some() && rest.all(|w| !w.starts_with(|c: char| c.is_uppercase()))
}

/// A word without a plural or agent ending, when enough is left:
/// "ferries" and "ferry", "purchaser" and "purchasing" meet.
fn word_stem(w: &str) -> &str {
    for suffix in ["ies", "ing", "ers", "er", "es", "s", "y"] {
        if let Some(stem) = w.strip_suffix(suffix).filter(|s| s.len() >= 4) {
            return stem;
        }
    }
    w
}

/// How far after a description, in bytes, the name it stands for is looked
/// for: a few paragraphs.
const NAMED_WITHIN: usize = 3_000;

/// The noun a description turns on: "judge" in "a judge", "laboratory" in
/// "the laboratory that examined it", "organisers" in "Organisers of the
/// festival", "attorney" in "the actor's attorney".
fn description_head(description: &str) -> Option<String> {
    description
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                lexicon::lowercase(w).as_str(),
                "of" | "for" | "at" | "in" | "from" | "that" | "who" | "which" | "on" | "with"
            )
        })
        .last()
        .map(|w| lexicon::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| !w.is_empty())
}

/// Keeps only the entities that speak, renumbering `speaker_of` (in the same
/// order, so comparisons of entity numbers do not change). The others were
/// needed to resolve later mentions, not after: in a long text they are most
/// of the entities.
fn keep_speakers(entities: &mut Blocks<Entity>, speaker_of: &mut [Option<usize>]) {
    debug_assert!(speaker_of.iter().flatten().all(|&e| entities[e].speaks));
    let mut renumber = Vec::with_capacity(entities.len());
    let mut kept = 0;
    for e in entities.iter() {
        renumber.push(kept);
        kept += usize::from(e.speaks);
    }
    entities.retain(|e| e.speaks);
    for e in speaker_of.iter_mut().flatten() {
        *e = renumber[*e];
    }
}

/// Whether a body's first mention names where someone works: after "of",
/// "at" or "with" that follow a comma, a name or a title ("Jo Reyes, of
/// Railpath Associates", "Jo Reyes at Brisk Capital"). A group's place of
/// work ("Drivers at Kestrel Rail") is the story's body, not an aside.
fn introduced_as_employer(a: &Article, e: &Entity) -> bool {
    let Some(first) = e.mentions.first() else {
        return false;
    };
    let k = a.tokens.partition_point(|t| t.span().start < first.start);
    let k = k - usize::from(k > 0 && a.is(k - 1, "the"));
    k >= 2
        && a.is_any(k - 1, &["of", "at", "with"])
        && (a.is_mark(k - 2, ",")
            || a.is_in(k - 2, Lex::Title)
            || a.tokens[k - 2].upper
                && !a.is_in(k - 2, Lex::GroupNoun)
                && a.sentences[a.sentence_of(k - 2)].tokens.start != k - 2)
}

#[cfg(test)]
mod tests {
    use crate::annotate;

    /// The speaker names of every claim, in order.
    fn speakers(text: &str) -> Vec<String> {
        let found = annotate(text);
        found
            .claims
            .iter()
            .map(|c| {
                c.speaker
                    .and_then(|s| found.speaker(s))
                    .map_or(String::new(), |s| s.name.to_string())
            })
            .collect()
    }

    #[test]
    fn pronoun_follows_gender_not_just_recency() {
        let text = "Maria Lopez said the plan was sound. Daniel Weber said it was late. She added that costs were falling.";
        assert_eq!(
            speakers(text),
            ["Maria Lopez", "Daniel Weber", "Maria Lopez"]
        );
    }

    #[test]
    fn pronoun_prefers_the_last_active_person() {
        let text = "Governor Ana Diaz met Mr Ortiz on Monday. Ms Diaz said talks went well. She said a deal was close.";
        assert_eq!(speakers(text), ["Ana Diaz", "Ana Diaz"]);
    }

    #[test]
    fn surname_joins_full_name_but_not_a_namesake() {
        let text = "Chairman Richard Hale said the board was united. Director Paul Hale disputed that. Hale said offers were made.";
        let got = speakers(text);
        assert_eq!(got[0], "Richard Hale");
        assert_eq!(got[1], "Paul Hale");
        assert_eq!(got[2], "Paul Hale");
    }

    #[test]
    fn descriptions_resolve_to_organisations() {
        let text = "Shares in Norvik Therapeutics fell after the company said its trial had failed. A company spokeswoman said no staff would lose their jobs.";
        assert_eq!(
            speakers(text),
            ["Norvik Therapeutics", "Norvik Therapeutics"]
        );
    }

    #[test]
    fn an_acronym_is_the_organisation_it_abbreviates() {
        let text = "The International Energy Agency said demand would peak. An IEA spokesman added that prices could fall. The IEA later revised the figure, the agency said.";
        assert_eq!(
            speakers(text),
            [
                "the International Energy Agency",
                "the International Energy Agency",
                "the International Energy Agency"
            ]
        );
    }

    #[test]
    fn they_is_the_group_that_opened_the_sentence_before() {
        let text = "According to the Harbour Authority, traffic rose by a tenth. The inspectors then examined the pier. They said the supports were rotten.";
        assert_eq!(speakers(text), ["the Harbour Authority", "The inspectors"]);
    }

    #[test]
    fn groups_are_named_without_quantifiers() {
        let found = annotate("Some economists argued that rates would fall.");
        assert_eq!(found.speakers[0].name, "economists");
        assert_eq!(found.speakers[0].kind, crate::SpeakerKind::Group);
    }
}
