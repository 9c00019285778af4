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
use crate::model::{CueCategory, Role};
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
        let mentions_me = |j: usize| me.is_some_and(|m| mentions(&words[j], res, m));
        let rebuts = has_rebuttal(a, d);
        let negated = has_negation(a, d);
        let critics = me.is_some_and(|m| {
            res.entities[m].kind == crate::model::SpeakerKind::Group
                && res.entities[m]
                    .name
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| {
                        matches!(
                            w,
                            "critics" | "opponents" | "sceptics" | "skeptics" | "detractors"
                        )
                    })
        });
        // Cues that dispute by themselves; the others need a claim to answer.
        let mut needs_target = false;
        let mut counter = match d.category {
            CueCategory::Deny => true,
            CueCategory::Respond => rebuts || negated,
            CueCategory::Insist => others.iter().any(|&j| mentions_me(j)),
            CueCategory::Accuse => others
                .iter()
                .any(|&j| res.speaker_of[j].is_some_and(|s| mentions(&words[k], res, s))),
            CueCategory::Concede => false,
            _ => false,
        };
        let concedes = d.category == CueCategory::Concede;
        if !counter
            && !concedes
            && (d.contrast && prev_speaker.is_some_and(|p| p != me) || rebuts || critics)
        {
            counter = true;
            needs_target = true;
        }
        // Continuing a rebuttal: the same speaker's next words, when negative.
        let mut continued = None;
        let same_turn = d.paragraph == drafts[k.saturating_sub(1)].paragraph
            || negated && d.paragraph == drafts[k.saturating_sub(1)].paragraph + 1;
        if !counter
            && !concedes
            && k > 0
            && res.speaker_of[k - 1] == me
            && me.is_some()
            && out[k - 1].0 == Role::Counterclaim
            && same_turn
        {
            counter = true;
            continued = out[k - 1].1;
        }
        if !counter {
            out.push((Role::Claim, None));
            continue;
        }
        let (target, score) = best_target(a, d, k, &others, drafts, res, &words, &out, continued);
        if needs_target && target.is_none() {
            out.push((Role::Claim, None));
            continue;
        }
        // A negative claim sharing much with another speaker's claim answers it.
        let _ = score;
        out.push((Role::Counterclaim, target));
    }
    out
}

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
) -> (Option<usize>, f32) {
    let me = res.speaker_of[k];
    let anaphor = anaphor_of(a, d);
    let Some(&latest) = others.last() else {
        return (None, 0.0);
    };
    // An anaphor ("the criticism") points at the latest run of another
    // speaker's claims, at its start: where the point was made.
    let mut run_start = latest;
    while let Some(&j) = others.iter().rev().find(|&&j| j < run_start) {
        if j + 1 == run_start && res.speaker_of[j] == res.speaker_of[latest] {
            run_start = j;
        } else {
            break;
        }
    }
    let mut best: Option<(f32, usize)> = None;
    for &j in others.iter().rev() {
        let mut score = words[k].intersection(&words[j]).count() as f32;
        if let Some(s) = res.speaker_of[j] {
            if mentions(&words[k], res, s) {
                score += 2.0;
            }
        }
        if me.is_some_and(|m| mentions(&words[j], res, m)) {
            score += 2.0;
        }
        // A reply to a reply: j disputed one of my claims.
        if roles[j].0 == Role::Counterclaim && roles[j].1.is_some_and(|t| res.speaker_of[t] == me) {
            score += 1.5;
        }
        // "that was not true" points at the latest claim; "the criticism" at
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
        if continued == Some(j) {
            score += 1.5;
        }
        if d.contrast && j == latest {
            score += 1.0;
        }
        if drafts[j].paragraph + 1 >= d.paragraph {
            score += 0.5;
        }
        score -= 0.05 * (k - j) as f32;
        if best.map_or(true, |(b, _)| score > b) {
            best = Some((score, j));
        }
    }
    match best {
        Some((s, j)) if s >= 1.0 => (Some(j), s),
        _ => (None, 0.0),
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
    d.content_tokens
        .clone()
        .filter(|&j| a.tokens[j].kind == Kind::Word)
        .map(|j| a.word(j))
        .filter(|w| w.chars().count() >= 3 && !STOP.contains(&w.to_lowercase().as_str()))
        .map(stem)
        .collect()
}

/// True when a claim's words name the entity: its name words or its roles.
fn mentions(words: &HashSet<String>, res: &Resolution, entity: usize) -> bool {
    let e = &res.entities[entity];
    e.words
        .iter()
        .chain(e.roles.iter())
        .filter(|w| w.len() >= 3 && !STOP.contains(&w.as_str()))
        .any(|w| words.contains(&stem(w)))
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

fn anaphor_of(a: &Article, d: &Draft) -> Anaphor {
    let s = d.content_tokens.start;
    let first = a.lower(s);
    let object = matches!(d.category, CueCategory::Deny | CueCategory::Criticise);
    if object && matches!(first.as_str(), "it" | "them")
        || matches!(first.as_str(), "that" | "this")
            && a.lower_is(s + 1, |w| {
                matches!(
                    w,
                    "is" | "was" | "'s" | "’s" | "claim" | "account" | "version"
                )
            })
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
