//! Deciding which claims dispute which.
//!
//! A claim is a counterclaim when its cue denies or rebuts ("denied",
//! "rejected", "hit back"), when a contrast ("But", "however") brings in a
//! speaker other than the one just heard, when its content calls something
//! false or wrong, when it insists against a claim made about its speaker, or
//! when it accuses someone who has already spoken. It is linked to the
//! earlier claim, by another speaker, that it shares most with: words,
//! mentions of that claim's speaker ("the mayor's figures"), an anaphor
//! ("the allegation", "his remarks") pointing at the latest one.

use crate::article::Article;
use crate::claim::Draft;
use crate::lexicon;
use crate::model::{ClaimKind, CueCategory, Role};
use crate::speaker::Resolution;
use crate::token::Kind;
use std::collections::HashSet;

/// How many earlier claims a claim may answer.
const WINDOW: usize = 40;

/// The role of each draft and, for counterclaims, the index of the draft answered.
pub fn decide(a: &Article, drafts: &[Draft], res: &Resolution) -> Vec<(Role, Option<usize>)> {
    let words: Vec<HashSet<String>> = drafts.iter().map(|d| content_words(a, d)).collect();
    let mut out: Vec<(Role, Option<usize>)> = Vec::with_capacity(drafts.len());
    for (k, d) in drafts.iter().enumerate() {
        let me = res.speaker_of[k];
        // Claims answer claims made not too long before; the window keeps
        // the work linear in long texts.
        let others: Vec<usize> = (k.saturating_sub(WINDOW)..k)
            .filter(|&j| res.speaker_of[j] != me || me.is_none())
            .collect();
        if others.is_empty() {
            out.push((Role::Claim, None));
            continue;
        }
        let prev_speaker = k.checked_sub(1).map(|j| res.speaker_of[j]);
        let mentions_me = |j: usize| me.is_some_and(|m| mentions(&words[j], res, m) > 0.0);
        let rebuts = has_rebuttal(a, d);
        let negated = has_negation(a, d);
        let critics = me.is_some_and(|m| is_critics(&res.entities[m]));
        let concedes = d.category == CueCategory::Concede;

        // The same speaker carrying on a rebuttal: quoted or negative words in
        // the same paragraph, negative words in the next.
        let prev = k.checked_sub(1);
        let carries_on = prev.is_some_and(|p| {
            me.is_some()
                && res.speaker_of[p] == me
                && out[p].0 == Role::Counterclaim
                && (d.sentence == drafts[p].sentence
                    || d.paragraph == drafts[p].paragraph
                        && (negated || d.kind == ClaimKind::Direct)
                    || negated && d.paragraph == drafts[p].paragraph + 1)
        });
        let continued = if carries_on {
            prev.and_then(|p| out[p].1)
        } else {
            None
        };

        // Cues that dispute by themselves; the other signals need a claim to answer.
        let disputes = match d.category {
            CueCategory::Deny => true,
            CueCategory::Respond => rebuts || negated,
            CueCategory::Insist => others.iter().any(|&j| mentions_me(j)),
            CueCategory::Accuse => others
                .iter()
                .any(|&j| res.speaker_of[j].is_some_and(|s| mentions(&words[k], res, s) > 0.0)),
            _ => false,
        };
        let signalled = !concedes
            && (d.contrast && prev_speaker.is_some_and(|p| p != me)
                || rebuts
                || critics
                || carries_on);
        let negative = negated && !concedes;
        if !(disputes || signalled || negative) {
            out.push((Role::Claim, None));
            continue;
        }
        let (target, score, overlap) =
            best_target(a, d, k, &others, drafts, res, &words, &out, continued);
        let counter = disputes
            || signalled && target.is_some()
            // A negative claim sharing several words with another speaker's claim answers it.
            || negated && !concedes && overlap >= 2;
        if !counter {
            out.push((Role::Claim, None));
            continue;
        }
        // A denial of a fresh matter ("also denied having …") answers nothing here.
        let target = if d.category == CueCategory::Deny
            && anaphor_of(a, d) == Anaphor::None
            && score < 2.0
            && continued.is_none()
            && cue_lemma(a, d) == Some("deny")
        {
            None
        } else {
            target
        };
        out.push((Role::Counterclaim, target));
    }
    out
}

/// The base form of a claim's cue verb.
fn cue_lemma(a: &Article, d: &Draft) -> Option<&'static str> {
    let cue = d.cue.as_ref()?;
    let mut buf = [0; 24];
    lexicon::lower(a.word(cue.start), &mut buf)
        .and_then(lexicon::cue_verb)
        .map(|v| v.lemma)
}

fn is_critics(e: &crate::speaker::Entity) -> bool {
    e.kind == crate::model::SpeakerKind::Group
        && e.name.to_lowercase().split_whitespace().any(|w| {
            matches!(
                w,
                "critics" | "opponents" | "sceptics" | "skeptics" | "detractors"
            )
        })
}

/// The earlier claim a counterclaim most likely answers, its score, and how
/// many content words they share.
#[allow(clippy::too_many_arguments)]
fn best_target(
    a: &Article,
    d: &Draft,
    k: usize,
    others: &[usize],
    drafts: &[Draft],
    res: &Resolution,
    words: &[HashSet<String>],
    roles: &[(Role, Option<usize>)],
    continued: Option<usize>,
) -> (Option<usize>, f32, usize) {
    let me = res.speaker_of[k];
    let anaphor = anaphor_of(a, d);
    let anaphor_word = anaphor_noun(a, d).map(|w| stem(&w));
    let Some(&latest) = others.last() else {
        return (None, 0.0, 0);
    };
    // An anaphor ("the criticism") points at the latest run of another
    // speaker's claims.
    let mut run_start = latest;
    while let Some(&j) = others.iter().rev().find(|&&j| j < run_start) {
        if j + 1 == run_start && res.speaker_of[j] == res.speaker_of[latest] {
            run_start = j;
        } else {
            break;
        }
    }
    let mut best: Option<(f32, usize, usize)> = None;
    for &j in others.iter().rev() {
        let overlap = words[k].intersection(&words[j]).count();
        let mut score = overlap as f32;
        if let Some(s) = res.speaker_of[j] {
            score += mentions(&words[k], res, s);
        }
        if let Some(m) = me {
            score += mentions(&words[j], res, m);
        }
        // A reply to a reply: j disputed one of my claims.
        if roles[j].0 == Role::Counterclaim && roles[j].1.is_some_and(|t| res.speaker_of[t] == me) {
            score += 1.5;
        }
        // "That was not true" points at the latest claim; "the criticism" at
        // the latest speaker's run, and at a claim of its kind ("the pledge": a promise).
        match anaphor {
            Anaphor::Pronoun if j == latest => score += 3.5,
            Anaphor::Noun(cat) if j >= run_start => {
                score += 2.5;
                if cat.is_some_and(|c| {
                    c == drafts[j].category
                        || c == CueCategory::Criticise && roles[j].0 == Role::Counterclaim
                }) {
                    score += 2.0;
                }
            }
            _ => {}
        }
        // "rejected that account" and a claim about the accounts.
        if anaphor_word.as_ref().is_some_and(|w| words[j].contains(w)) {
            score += 2.0;
        }
        if continued == Some(j) {
            score += 1.5;
        }
        if d.contrast && j == latest {
            score += 1.0;
        }
        if drafts[j].paragraph + 2 >= d.paragraph {
            score += 0.5;
        }
        score -= 0.05 * (k - j) as f32;
        if best.map_or(true, |(b, _, _)| score > b) {
            best = Some((score, j, overlap));
        }
    }
    match best {
        Some((s, j, o)) if s >= 1.0 => (Some(j), s, o),
        Some((_, _, o)) => (None, 0.0, o),
        None => (None, 0.0, 0),
    }
}

const STOP: &[&str] = &[
    "the", "and", "that", "was", "were", "had", "have", "has", "for", "with", "its", "his", "her",
    "their", "this", "would", "will", "been", "from", "not", "but", "they", "she", "him", "them",
    "are", "who", "which", "what", "said", "says", "all", "our", "you", "your", "can", "could",
    "may", "might", "than", "then", "there", "these", "those", "into", "about", "over", "only",
    "also", "more", "most", "any", "some", "such", "out", "very", "just", "being", "because",
    "when", "where", "while", "after", "before", "did", "does", "should", "must", "how", "why",
    "way", "per", "year", "years",
];

fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    for suf in ["ing", "ed", "es", "s", "ly"] {
        if w.len() > suf.len() + 3 && w.ends_with(suf) && !w.ends_with("ss") {
            return w[..w.len() - suf.len()].to_string();
        }
    }
    w
}

/// Content words of a claim, stemmed, plus the words of its sentence's source.
fn content_words(a: &Article, d: &Draft) -> HashSet<String> {
    let mut out = HashSet::new();
    for j in d
        .content_tokens
        .clone()
        .filter(|&j| a.tokens[j].kind == Kind::Word)
    {
        let w = a.word(j);
        if w.chars().count() >= 3 && !STOP.contains(&w.to_lowercase().as_str()) {
            out.insert(stem(w));
            // Capitalised words are kept marked too, to tell names from common nouns.
            if a.tokens[j].upper {
                out.insert(format!("^{}", stem(w)));
            }
        }
    }
    out
}

/// How strongly a claim's words name the entity: 2 for a word of its name,
/// 1 for one of its roles ("the mayor", "the company"), 0 otherwise.
fn mentions(words: &HashSet<String>, res: &Resolution, entity: usize) -> f32 {
    let e = &res.entities[entity];
    let hit = |ws: &[String]| {
        ws.iter()
            .filter(|w| w.len() >= 3 && !STOP.contains(&w.as_str()))
            .any(|w| words.contains(&stem(w)))
    };
    // A name counts only where it is written as one: "the port's owner"
    // does not name "Saltmouth Port Holdings".
    let named = e
        .words
        .iter()
        .filter(|w| w.len() >= 3)
        .any(|w| words.contains(&format!("^{}", stem(w))));
    if named {
        2.0
    } else if hit(&e.roles) {
        1.0
    } else {
        0.0
    }
}

fn has_rebuttal(a: &Article, d: &Draft) -> bool {
    let r = d.content_tokens.clone();
    r.clone()
        .any(|j| a.lower_is(j, |w| lexicon::REBUTTAL_WORDS.contains(&w)))
        || r.clone().any(|j| {
            a.is(j, "not") && a.is_any(j + 1, &["true", "correct", "accurate", "fair", "right"])
        })
}

fn has_negation(a: &Article, d: &Draft) -> bool {
    d.content_tokens.clone().any(|j| {
        a.lower_is(j, |w| {
            matches!(
                w,
                "not"
                    | "no"
                    | "instead"
                    | "none"
                    | "never"
                    | "cannot"
                    | "can't"
                    | "nothing"
                    | "nobody"
                    | "didn't"
                    | "don't"
                    | "isn't"
                    | "wasn't"
                    | "won't"
            )
        })
    })
}

/// How a counterclaim's content points back at what it answers.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Anaphor {
    /// No pointer.
    None,
    /// "That is not true", "dismissed it as …": the latest claim.
    Pronoun,
    /// "the allegation", "that account": a claim noun, with the kind of
    /// claim it names when it names one.
    Noun(Option<CueCategory>),
}

/// What a claim noun says of the claim it points at.
fn anaphor_category(noun: &str) -> Option<CueCategory> {
    match noun {
        "allegation" | "allegations" | "accusation" | "accusations" | "charge" | "charges" => {
            Some(CueCategory::Accuse)
        }
        "pledge" | "promise" | "promises" | "prediction" | "forecast" => Some(CueCategory::Predict),
        "criticism" | "criticisms" | "characterisation" | "characterization" | "attack" => {
            Some(CueCategory::Criticise)
        }
        "warning" | "warnings" => Some(CueCategory::Warn),
        "denial" | "denials" => Some(CueCategory::Deny),
        _ => None,
    }
}

/// The claim noun a content opens with ("account" in "that account").
fn anaphor_noun(a: &Article, d: &Draft) -> Option<String> {
    let s = d.content_tokens.start;
    (s..d.content_tokens.end.min(s + 3))
        .map(|j| a.lower(j))
        .find(|w| {
            lexicon::CLAIM_ANAPHORS.contains(&w.as_str())
                && !matches!(w.as_str(), "it" | "that" | "this" | "them" | "these")
        })
}

fn anaphor_of(a: &Article, d: &Draft) -> Anaphor {
    let s = d.content_tokens.start;
    let first = a.lower(s);
    let object = matches!(d.category, CueCategory::Deny | CueCategory::Criticise);
    if object && matches!(first.as_str(), "it" | "them")
        || matches!(first.as_str(), "that" | "this")
            && a.lower_is(s + 1, |w| matches!(w, "is" | "was" | "'s" | "’s"))
    {
        return Anaphor::Pronoun;
    }
    for j in s..d.content_tokens.end.min(s + 3) {
        let w = a.lower(j);
        if lexicon::CLAIM_ANAPHORS.contains(&w.as_str())
            && !matches!(w.as_str(), "it" | "that" | "this" | "them" | "these")
        {
            return Anaphor::Noun(anaphor_category(&w));
        }
    }
    Anaphor::None
}
