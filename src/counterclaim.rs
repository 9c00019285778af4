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

/// The role of each draft and, for counterclaims, the index of the draft answered.
pub fn decide(a: &Article, drafts: &[Draft], res: &Resolution) -> Vec<(Role, Option<usize>)> {
    let words: Vec<HashSet<String>> = drafts.iter().map(|d| content_words(a, d)).collect();
    let mut out: Vec<(Role, Option<usize>)> = Vec::with_capacity(drafts.len());
    for (k, d) in drafts.iter().enumerate() {
        let me = res.speaker_of[k];
        let others: Vec<usize> = (0..k).filter(|&j| res.speaker_of[j] != me || me.is_none()).collect();
        if others.is_empty() {
            out.push((Role::Claim, None));
            continue;
        }
        let prev_speaker = k.checked_sub(1).map(|j| res.speaker_of[j]);
        let mentions_me = |j: usize| me.is_some_and(|m| mentions(&words[j], res, m));
        let rebuts = has_rebuttal(a, d);
        let negated = has_negation(a, d);
        let mut counter = match d.category {
            CueCategory::Deny => true,
            CueCategory::Respond => rebuts || negated,
            CueCategory::Insist => others.iter().any(|&j| mentions_me(j)),
            CueCategory::Accuse => others.iter().any(|&j| res.speaker_of[j].is_some_and(|s| mentions(&words[k], res, s))),
            CueCategory::Concede => false,
            _ => false,
        };
        if !counter && d.contrast && prev_speaker.is_some_and(|p| p != me) && d.category != CueCategory::Concede {
            counter = true;
        }
        if !counter && rebuts {
            counter = true;
        }
        // Continuing a rebuttal: the same speaker's next words, quoted or negative.
        let mut continued = None;
        if !counter && k > 0 && res.speaker_of[k - 1] == me && me.is_some() && out[k - 1].0 == Role::Counterclaim && d.paragraph <= drafts[k - 1].paragraph + 1 && (d.kind == ClaimKind::Direct || negated) {
            counter = true;
            continued = out[k - 1].1;
        }
        if !counter {
            out.push((Role::Claim, None));
            continue;
        }
        let target = continued.or_else(|| best_target(a, d, k, &others, drafts, res, &words, &out));
        out.push((Role::Counterclaim, target));
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn best_target(a: &Article, d: &Draft, k: usize, others: &[usize], drafts: &[Draft], res: &Resolution, words: &[HashSet<String>], roles: &[(Role, Option<usize>)]) -> Option<usize> {
    let me = res.speaker_of[k];
    let anaphor = starts_with_anaphor(a, d);
    let latest = *others.last()?;
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
        if anaphor && j == latest {
            score += 3.0;
        }
        if d.contrast && j == latest {
            score += 1.0;
        }
        if drafts[j].paragraph + 1 >= d.paragraph {
            score += 0.5;
        }
        score -= 0.05 * (k - j) as f32;
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, j));
        }
    }
    best.filter(|&(s, _)| s >= 1.5).map(|(_, j)| j)
}

const STOP: &[&str] = &[
    "the", "and", "that", "was", "were", "had", "have", "has", "for", "with", "its", "his", "her", "their", "this", "would",
    "will", "been", "from", "not", "but", "they", "she", "him", "them", "are", "who", "which", "what", "said", "says", "all",
    "our", "you", "your", "can", "could", "may", "might", "than", "then", "there", "these", "those", "into", "about", "over",
    "only", "also", "more", "most", "any", "some", "such", "out", "one", "two", "three", "very", "just", "being", "because",
    "when", "where", "while", "after", "before", "did", "does", "should", "must", "how", "why", "way", "per", "year", "years",
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
    e.words.iter().chain(e.roles.iter()).filter(|w| w.len() >= 3 && !STOP.contains(&w.as_str())).any(|w| words.contains(&stem(w)))
}

fn has_rebuttal(a: &Article, d: &Draft) -> bool {
    let r = d.content_tokens.clone();
    r.clone().any(|j| a.lower_is(j, |w| lexicon::REBUTTAL_WORDS.contains(&w))) || r.clone().any(|j| a.is(j, "not") && a.is_any(j + 1, &["true", "correct", "accurate", "the", "fair"]))
}

fn has_negation(a: &Article, d: &Draft) -> bool {
    d.content_tokens.clone().any(|j| a.lower_is(j, |w| matches!(w, "not" | "no" | "none" | "never" | "cannot" | "can't" | "nothing" | "nobody" | "didn't" | "don't" | "isn't" | "wasn't" | "won't")))
}

/// "the allegation", "that account", "his remarks", "it": the content opens by
/// pointing back at something said.
fn starts_with_anaphor(a: &Article, d: &Draft) -> bool {
    let s = d.content_tokens.start;
    let first = a.lower(s);
    if matches!(first.as_str(), "it" | "that" | "this" | "them" | "these") {
        return true;
    }
    (s..d.content_tokens.end.min(s + 3)).any(|j| a.lower_is(j, |w| lexicon::CLAIM_ANAPHORS.contains(&w) && !matches!(w, "it" | "that" | "this" | "them" | "these")))
}
