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

use crate::article::{Article, NO_FORM};
use crate::claim::Draft;
use crate::hash::{FxHashMap, FxHashSet};
use crate::lexicon::{self, Lex, WordList, WordSet};
use crate::model::{ClaimKind, CueCategory, Role, SpeakerKind};
use crate::speaker::{Entity, Resolution};
use crate::token::Kind;
use crate::vocab::{key_of, FormId, Vocab, MAX_FORM};
use std::sync::OnceLock;

/// How many earlier claims a claim may answer.
const WINDOW: usize = 40;
/// What being its speaker's first claim adds to a claim's score as a target:
/// enough to choose between two claims that share as much with the answer.
const FIRST_BONUS: f32 = 0.5;
/// What being the article's first claim adds: the lead states what the
/// story is about, and answers paragraphs later take it up.
const LEAD_BONUS: f32 = 0.25;
/// What each content word a claim shares with an earlier one adds to that
/// claim's score as a target. The words shared say more about which claim is
/// answered than the hints of place and anaphora do: across the 27 blind
/// sets, weighting them 1.75 against 1.0 (with the pronoun below) raised
/// the counterclaim link from 0.523 to 0.536 and the counterclaim F1 from
/// 0.698 to 0.705 (means of the sets), in both halves of them (odd and even
/// numbered) alike; weighting rare words more (by one over a power of how
/// many claims have the word) did no better. The two sets written after it
/// lost one and two right links to it; over all 29, pooled, right links
/// went from 725 to 757 (docs/accuracy-log.md). "Denied that" points at
/// the latest claim as strongly as three words shared with another: the
/// pronoun's weight is set in words.
const SHARED_WORD: f32 = 1.75;
/// The least score at which a denial is linked to its best candidate when
/// none reaches 1.0 (the score that makes a claim a counterclaim).
const LINK_FLOOR: f32 = 0.5;

/// The role of each draft and, for counterclaims, the index of the draft answered.
pub fn decide(a: &Article, drafts: &[Draft], res: &Resolution) -> Vec<(Role, Option<usize>)> {
    let mut words = Words::new(a, drafts, res);
    let mut out: Vec<(Role, Option<usize>)> = Vec::with_capacity(drafts.len());
    // Every claim looks at the forty before it: their speakers and
    // contents side by side, not in the drafts' larger records.
    let speakers: Vec<usize> = res
        .speaker_of
        .iter()
        .map(|s| s.unwrap_or(usize::MAX))
        .collect();
    let contents: Vec<(usize, usize)> = drafts
        .iter()
        .map(|d| (d.content_tokens.start, d.content_tokens.end))
        .collect();
    let mut window = [0usize; WINDOW];
    // For `best_target`: by entity, the claim (plus one) that last asked
    // how it is named, and the answer.
    let mut seen: Vec<(u32, f32)> = vec![(0, 0.0); res.entities.len()];
    // The latest claim found to be a plan beside a rebuttal.
    let mut planned: Option<usize> = None;
    // By claim, the target of a plan that would have been a counterclaim
    // but for being a plan ("said it would appeal").
    let mut held_plan: Vec<Option<Option<usize>>> = vec![None; drafts.len()];
    // By entity, the organisation it speaks for (`usize::MAX`: none known):
    // "Its chief executive, X," makes X's later claims that side's too.
    let mut entity_ally: Vec<usize> = vec![usize::MAX; res.entities.len()];
    for (k, d) in drafts.iter().enumerate() {
        let me = res.speaker_of[k];
        let ally = match me {
            Some(m) => {
                if let Some(o) = ally_of(a, d, k, drafts, res) {
                    entity_ally[m] = o;
                }
                entity_ally[m]
            }
            None => usize::MAX,
        };
        // Claims answer claims made not too long before; the window keeps
        // the work linear in long texts.
        let cue = d.cue.as_ref().map_or(usize::MAX, |c| c.start);
        let others = answerable(k, me, ally, cue, &speakers, &contents, &mut window);
        let prev_speaker = k.checked_sub(1).map(|j| res.speaker_of[j]);
        let mentions_me = |j: usize| me.is_some_and(|m| words.mentions(j, m) > 0.0);
        let (rebuts, negated) = rebuttal_and_negation(a, d, &words);
        let rebuts = rebuts || d.kind == ClaimKind::Direct && reports_other_side(a, d);
        let critics = me.is_some_and(|m| words.entity(m).critics);
        let concedes = d.category == CueCategory::Concede;
        // "A's claim that … was rejected by B, which said …": B answers the
        // claim its own sentence opened with.
        let passive = passive_dispute(a, d);

        // The same speaker carrying on a rebuttal: words quoted (wholly or in
        // part), negative, or reporting a fact (not a plan or forecast) in
        // the same paragraph, negative words in the next.
        // A plan let through (see below) stands aside: the words after it
        // carry on the rebuttal before it.
        let prev = k
            .checked_sub(1)
            .map(|p| if planned == Some(p) { p - 1 } else { p });
        let rebuttal_before = prev
            .filter(|&p| me.is_some() && res.speaker_of[p] == me && disputing(&out, &held_plan, p));
        // "… and said they would appeal": the speaker's own plan, beside the
        // rebuttal, disputes nothing.
        // In a sentence of its own the plan needs no "and": "The authority
        // rejected …. A spokesman said it would study the judgment."
        let plan = !(negated || rebuts)
            && rebuttal_before.is_some_and(|p| {
                d.paragraph == drafts[p].paragraph
                    && announces_plan(a, d, words.foretells[k], d.sentence != drafts[p].sentence)
            });
        if plan {
            planned = Some(k);
        }
        let carries_on = !plan
            && rebuttal_before.is_some_and(|p| {
                d.sentence == drafts[p].sentence
                    || d.paragraph == drafts[p].paragraph
                        && (negated
                            || d.kind != ClaimKind::Indirect
                            || reports_fact(a, d, words.foretells[k]))
                    || negated && d.paragraph == drafts[p].paragraph + 1
            });
        // "The Kremlin denied the accusation. Its spokesman, X, told reporters
        // …": an organisation's named spokesperson carries on its rebuttal.
        let voice_of_prev = prev.is_some_and(|p| {
            disputing(&out, &held_plan, p)
                && res.speaker_of[p]
                    .is_some_and(|s| res.entities[s].kind == SpeakerKind::Organization)
                && me != res.speaker_of[p]
                && d.paragraph <= drafts[p].paragraph + 1
                && {
                    let said_by = || d.descriptor.iter().chain(&d.source).flat_map(Clone::clone);
                    // "Its chair, X," and "the commission's president, X,"
                    // too: someone who speaks for the body.
                    said_by().any(|j| a.is_in(j, Lex::Spokesperson) || a.is_in(j, Lex::Title))
                        && said_by().any(|j| {
                            a.is_any(j, &["its", "their"]) || a.tokens[j].kind == Kind::Possessive
                        })
                }
        });
        let carries_on = carries_on || voice_of_prev;
        if others.is_empty() {
            // A denial disputes something even when what it answers is not
            // in the article, and so do the words that carry it on.
            let role = if d.category == CueCategory::Deny || carries_on {
                Role::Counterclaim
            } else {
                Role::Claim
            };
            out.push((role, None));
            continue;
        }
        let continued = if carries_on {
            prev.and_then(|p| out[p].1.or(held_plan[p].flatten()))
        } else {
            None
        };

        // "insisted …" after another speaker disputed one of this speaker's
        // claims: the point is kept against that dispute. (Not accusations:
        // renewed, they answer the dispute as often as they start a new one.)
        let rebutted = || {
            others.iter().any(|&j| {
                out[j].0 == Role::Counterclaim && out[j].1.is_some_and(|t| res.speaker_of[t] == me)
            })
        };
        // "called the plan …": a decision or plan named and judged.
        let judges_position = d.category == CueCategory::Criticise && position_named(a, d);
        // Cues that dispute by themselves; the other signals need a claim to answer.
        let disputes = passive.is_some()
            || match d.category {
                CueCategory::Deny => true,
                CueCategory::Respond => rebuts || negated,
                CueCategory::Insist => others.iter().any(|&j| mentions_me(j)) || rebutted(),
                // "called that remark …", "described the allegations as …":
                // naming what someone else said.
                CueCategory::Criticise => {
                    speech_named(a, d)
                        || claim_named(a, d)
                        || judges_position && !agrees(a, d) && !praises(a, d)
                }
                CueCategory::Accuse => others
                    .iter()
                    .any(|&j| res.speaker_of[j].is_some_and(|s| words.mentions(k, s) > 0.0)),
                _ => false,
            };
        let continued = continued.or_else(|| {
            passive.and_then(|at| {
                others.iter().rev().copied().find(|&j| {
                    drafts[j].sentence == d.sentence && drafts[j].content_tokens.end <= at
                })
            })
        });
        // The one a claim was about answers it: "the state said the
        // outbreak came from the dairy's plant …. The dairy said …".
        // Named, or by role ("the union said the board ignored …. The
        // board said …"), unless the answer is a plan, which takes up no
        // point ("The regulator said it would decide within 40 days").
        let answers = || {
            let threshold = if words.foretells[k] { 2.0 } else { 1.0 };
            me.is_some_and(|m| {
                prev_speaker.is_some_and(|p| p != me)
                    && others.iter().rev().take(3).any(|&j| {
                        drafts[j].paragraph + 1 >= d.paragraph && words.mentions(j, m) >= threshold
                    })
            })
        };
        // "said Halbrook's figures ignored …": judging another speaker's
        // claim, named by its owner, answers it (unless the judgment agrees).
        let judges_other = || {
            owner_of_named_claim(a, d).is_some_and(|owner| {
                others.iter().any(|&j| {
                    res.speaker_of[j].is_some_and(|s| names_entity(a, owner, &res.entities[s]))
                })
            }) && !agrees(a, d)
        };
        // "said that claim was 'hard to believe'": judging a claim just
        // heard, pointed at by a demonstrative.
        let judges_pointed = || {
            let s = d.content_tokens.start;
            a.is_any(s, &["that", "this", "those", "these", "such"])
                && s + 1 < d.content_tokens.end
                && a.with_lower(s + 1, is_anaphor_noun)
                && prev_speaker.is_some_and(|p| p != me)
                && !agrees(a, d)
                && !praises(a, d)
        };
        let signalled = !concedes
            && (d.contrast && prev_speaker.is_some_and(|p| p != me)
                || judges_other()
                || judges_pointed()
                || rebuts
                || critics
                || carries_on
                || answers());
        // "Some academics fear the cuts will not stop there": a belief put
        // in the negative foresees; it denies nothing.
        let negated = negated && d.category != CueCategory::Belief;
        let negative = negated && !concedes;
        // "said it would appeal", "said she would not attend": a short
        // plan or stance of the speaker's own, in reported words, takes up
        // no point of another's (51 of 52 such contents in the blind sets
        // are claims), unless its cue disputes.
        let own_plan = !negated
            && !matches!(d.category, CueCategory::Deny | CueCategory::Criticise)
            && d.kind != ClaimKind::Direct
            && !d.contrast
            && me.is_some_and(|m| plan_only(a, d, res.entities[m].kind));
        if !(disputes || signalled || negative) {
            out.push((Role::Claim, None));
            continue;
        }
        words.mark(k);
        let (target, score, overlap, likeliest) = best_target(
            a, d, k, others, drafts, res, &words, &out, continued, &mut seen,
        );
        let counter = disputes
            || signalled && target.is_some()
            // Carrying on a rebuttal that answers nothing in the article.
            || carries_on && prev.is_some_and(|p| out[p].1.or(held_plan[p].flatten()).is_none())
            || rebuts && d.category == CueCategory::Criticise
            // A negative claim sharing several words with another speaker's claim answers it,
            // or a word when another speaker has just been heard.
            || negated
                && !concedes
                && (overlap >= 2 || overlap >= 1 && prev_speaker.is_some_and(|p| p != me));
        if !counter {
            out.push((Role::Claim, None));
            continue;
        }
        // A denial of a fresh matter ("also denied having …") answers nothing here.
        let fresh_denial = d.category == CueCategory::Deny
            && anaphor_of(a, d) == Anaphor::None
            && score < 2.0
            && continued.is_none()
            && cue_lemma(a, d) == Some("deny");
        let target = if fresh_denial {
            None
        } else {
            // "called the plan …" with no nearer claim to answer: the plan is
            // the one the story opened with, the first claim it may answer.
            // Else a denial, with no claim scoring enough to be its target,
            // denies the likeliest one: denials answer what was said (a
            // judgment may be of something the article never reports).
            target
                .or_else(|| others.first().copied().filter(|_| judges_position))
                .or(likeliest.filter(|_| d.category == CueCategory::Deny))
        };
        // "rejected a suggestion by X that …": the claim its content holds,
        // another speaker's, is the one it answers, when that speaker has
        // not spoken before (one who has, "rejected Tolley's claim that …",
        // is answered where the claim was first made).
        let held = drafts.get(k + 1).is_some_and(|n| {
            matches!(d.category, CueCategory::Deny | CueCategory::Criticise)
                && d.content_tokens.start <= n.content_tokens.start
                && n.content_tokens.end <= d.content_tokens.end
                && res.speaker_of[k + 1].is_some_and(|s| {
                    Some(s) != me && !others.iter().any(|&j| res.speaker_of[j] == Some(s))
                })
        });
        let target = if held { Some(k + 1) } else { target };
        if own_plan {
            // Its side's stand all the same: the words after it carry on
            // against what it would have answered.
            held_plan[k] = Some(target);
            out.push((Role::Claim, None));
        } else {
            out.push((Role::Counterclaim, target));
        }
    }
    out
}

/// Whether claim `p` took a side in a dispute: a counterclaim, or a plan
/// held back from being one (see `decide`).
fn disputing(out: &[(Role, Option<usize>)], held_plan: &[Option<Option<usize>>], p: usize) -> bool {
    out[p].0 == Role::Counterclaim || held_plan[p].is_some()
}

/// The claims among the forty before claim `k` that it may answer, in
/// order, written into `window`: another speaker's (any, for a claim
/// without one, `me`) other than the organisation `ally` it speaks for,
/// and not one whose content holds its cue, which starts at token `cue`
/// ("warned that if …, the company could sue"). `speakers` has
/// `usize::MAX` for a claim without one.
// Out of `decide`, whose many live values left this loop, which runs for
// every claim of the window, reading and writing the stack.
#[inline(never)]
fn answerable<'w>(
    k: usize,
    me: Option<usize>,
    ally: usize,
    cue: usize,
    speakers: &[usize],
    contents: &[(usize, usize)],
    window: &'w mut [usize; WINDOW],
) -> &'w [usize] {
    let lo = k.saturating_sub(WINDOW);
    let mine = me.unwrap_or(usize::MAX);
    let mut n = 0;
    for (j, (&s, &(from, to))) in (lo..k).zip(speakers[lo..k].iter().zip(&contents[lo..k])) {
        // Written every time, counted when kept: no branch to mispredict.
        if let Some(slot) = window.get_mut(n) {
            *slot = j;
        }
        let keep = (s != mine || me.is_none()) && s != ally && !(from <= cue && cue < to);
        n += usize::from(keep);
    }
    &window[..n]
}

/// The organisation a claim's speaker speaks for, when its description
/// says so: "Its chief executive, X," just after the organisation's own
/// claim, "the union's general secretary, X,".
fn ally_of(a: &Article, d: &Draft, k: usize, drafts: &[Draft], res: &Resolution) -> Option<usize> {
    let me = res.speaker_of[k];
    // "its" and "their" look back one sentence; a possessive names the
    // organisation, which has spoken in the last few paragraphs.
    let (pronoun, owner) = d
        .descriptor
        .iter()
        .chain(&d.source)
        .flat_map(Clone::clone)
        .find_map(|t| {
            if a.is_any(t, &["its", "their"]) {
                Some((true, t))
            } else {
                (a.tokens[t].kind == Kind::Possessive && t > 0).then(|| (false, t - 1))
            }
        })?;
    (k.saturating_sub(6)..k)
        .rev()
        .filter(|&j| {
            if pronoun {
                drafts[j].sentence + 1 >= d.sentence
            } else {
                drafts[j].paragraph + 2 >= d.paragraph
            }
        })
        .filter_map(|j| res.speaker_of[j])
        .find(|&s| {
            let e = &res.entities[s];
            Some(s) != me
                && e.kind == SpeakerKind::Organization
                && (pronoun || names_entity(a, owner, e))
        })
}

/// Where "was rejected by" stands when the claim's source is the agent of
/// a passive verb of dispute in the same sentence ("… was challenged by the
/// budget office, which said …").
fn passive_dispute(a: &Article, d: &Draft) -> Option<usize> {
    let src = d.source.as_ref()?;
    // "rejected by the part's maker, Voltrix, which said": before the description.
    let mut start = d
        .descriptor
        .as_ref()
        .map_or(src.start, |r| r.start.min(src.start));
    let opens = a.sentences[d.sentence].tokens.start;
    if start > opens + 1 && a.is(start - 1, ",") {
        if let Some(r) = crate::claim::np_back(a, start - 2, opens) {
            start = r.start;
        }
    }
    let by = start.checked_sub(1).filter(|&j| a.is_word(j, "by"))?;
    let mut verb = by.checked_sub(1)?;
    // "was challenged on Wednesday by": over the day.
    while verb > opens && (a.is_in(verb, Lex::TimeWord) || a.is_any(verb, &["on", "last"])) {
        verb -= 1;
    }
    let disputing = a.cue_verb(verb).is_some_and(|v| {
        matches!(v.category, CueCategory::Deny | CueCategory::Criticise)
            || matches!(v.lemma, "challenge" | "question" | "contradict")
    });
    // The auxiliary before the verb; a verb that opens the text has none.
    verb.checked_sub(1).filter(|&aux| {
        disputing
            && a.word(verb).ends_with("ed")
            && a.is_any(aux, &["was", "were", "been", "is", "are"])
    })
}

/// The part of a claim's cue verb that nouns made from it share:
/// "announc" for "announced" ("the announcement"), "alleg" for "alleged";
/// none for short verbs ("say", "tell"), which would match too much.
fn cue_root(a: &Article, d: &Draft) -> Option<&'static str> {
    let lemma = cue_lemma(a, d)?;
    let root = lemma.strip_suffix('e').unwrap_or(lemma);
    (root.len() >= 4 && !root.contains(' ')).then_some(root)
}

/// Whether one of the first words of a claim's content, lower-cased, is a
/// noun made from a cue verb with this root: "the announcement" after
/// "announced", "his post" after "posted", "the allegations" after "alleged".
fn names_cue(opening_words: &[&str], root: Option<&str>) -> bool {
    root.is_some_and(|root| opening_words.iter().any(|w| w.starts_with(root)))
}

/// The base form of a claim's cue verb.
fn cue_lemma(a: &Article, d: &Draft) -> Option<&'static str> {
    let cue = d.cue.as_ref()?;
    a.cue_verb(cue.start).map(|v| v.lemma)
}

/// The words that name an entity by what it is rather than by its name:
/// its titles ("the mayor"); for a body, the nouns of its own name ("the
/// association" for the Pilots' Association, "the board" for the
/// federation's board) and "management"; and the words for the body a
/// title belongs to ("ministers" for a secretary, "the force" for a police
/// chief).
fn each_role_word(e: &Entity, mut f: impl FnMut(&str)) {
    e.roles.iter().for_each(|w| f(w));
    if e.kind == SpeakerKind::Organization {
        // "The federation's board" has no name words of its own. A word
        // for a line of business names the body only as its last word:
        // "Greyfriars Care" is "care", but the "Care Standards
        // Inspectorate" is not named by "underpaying for care".
        let mut own = |w: &str, last: bool| {
            if lexicon::is_org_noun(w) || last && lexicon::is_company_word(w) {
                f(w)
            }
        };
        if e.words.is_empty() {
            let n = e.name.split_whitespace().count();
            for (i, w) in e.name.split_whitespace().enumerate() {
                let w = lexicon::lowercase(w);
                own(
                    lexicon::trim_suffix(lexicon::trim_suffix(&w, "'s"), "’s"),
                    i + 1 == n,
                );
            }
        } else {
            let n = e.words.len();
            e.words
                .iter()
                .enumerate()
                .for_each(|(i, w)| own(w, i + 1 == n));
        }
        ["management", "bosses", "leadership"]
            .into_iter()
            .for_each(&mut f);
        // "Tarrow Valley Foods" is "the company" and "the firm".
        if e.words.last().is_some_and(|w| lexicon::is_company_word(w)) {
            ["company", "firm"].into_iter().for_each(&mut f);
        }
    }
    e.roles
        .iter()
        .map(|w| &**w)
        .chain(e.words.iter().map(|w| &**w))
        .flat_map(|w| lexicon::body_words(w).iter().copied())
        .for_each(f);
}

fn is_critics(e: &Entity) -> bool {
    e.is_group_of(|w| {
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
    words: &Words,
    roles: &[(Role, Option<usize>)],
    continued: Option<usize>,
    seen: &mut [(u32, f32)],
) -> (Option<usize>, f32, usize, Option<usize>) {
    let me = res.speaker_of[k];
    let anaphor = anaphor_of(a, d);
    // The anaphor noun, looked up (and copied out) once.
    let noun = anaphor_noun(a, d);
    // Its stem as a content word; `None` also when no claim has it.
    let anaphor_word = noun.as_deref().and_then(|w| words.plain(a, w));
    let Some(&latest) = others.last() else {
        return (None, 0.0, 0, None);
    };
    // An anaphor ("the criticism") points at the latest run of another
    // speaker's claims.
    let mut run_start = latest;
    // `others` is in order: the claim before `run_start` among them is the
    // one before it in the list.
    for &j in others.iter().rev().skip(1) {
        if j + 1 == run_start && res.speaker_of[j] == res.speaker_of[latest] {
            run_start = j;
        } else {
            break;
        }
    }
    // A retort ("countered", "hit back") answers the point just made: the
    // lead claim of the latest paragraph with another speaker's claims, unless
    // the words point elsewhere.
    let retort =
        cue_lemma(a, d).is_some_and(|l| lexicon::is_retort(l) || matches!(l, "respond" | "reply"));
    let lead = retort
        .then(|| {
            others
                .iter()
                .copied()
                .find(|&j| drafts[j].paragraph == drafts[latest].paragraph)
        })
        .flatten();
    // For each of `others`, whether it is the first its speaker says in the
    // window, and how strongly k names its speaker: asked once per speaker,
    // who mostly has several claims in the window. A speaker already asked
    // about for k is marked in `seen` with k (plus one): no search of the
    // window's speakers for each claim of it.
    let stamp = k as u32 + 1;
    let mut of_speaker = [(false, 0.0f32); WINDOW];
    for (slot, &j) in of_speaker.iter_mut().zip(others) {
        *slot = match res.speaker_of[j] {
            // Names no one; whether it is its speaker's first is not asked.
            None => (true, 0.0),
            Some(s) => match seen[s] {
                (at, named) if at == stamp => (false, named),
                _ => {
                    let named = words.mentions(k, s);
                    seen[s] = (stamp, named);
                    (true, named)
                }
            },
        };
    }
    let of_speaker = &of_speaker[..others.len()];
    // "dismissed Dray's allegations": an anaphor with a named owner points at
    // that speaker's claims, not at the latest run.
    // "the minister's figure": the owner named before the noun, by role too.
    let owner = matches!(anaphor, Anaphor::Noun(_))
        .then(|| {
            owner_of_named_claim(a, d)
                .and_then(|t| {
                    others
                        .iter()
                        .rev()
                        .filter_map(|&j| res.speaker_of[j])
                        .find(|&s| names_entity(a, t, &res.entities[s]))
                })
                .or_else(|| {
                    others
                        .iter()
                        .zip(of_speaker)
                        .rev()
                        .filter(|&(_, &(_, named))| named >= 2.0)
                        .find_map(|(&j, _)| res.speaker_of[j])
                })
        })
        .flatten();
    // "his figures", "the estimate": a claim that counts something.
    let counted = noun.as_deref().is_some_and(is_count_noun);
    let denial = d.category == CueCategory::Deny;
    // The content's first words, lower-cased once for the forty cue roots
    // they are compared with; "" matches no root (roots have four letters).
    let mut opening_words = [""; 3];
    for (w, t) in opening_words.iter_mut().zip(opening(a, d)) {
        *w = a.lowered(t).unwrap_or("");
    }
    // How many words each claim of the window shares with k, and how it
    // names k's speaker.
    let window = words.window(k, me);
    // Whether claim j is of kind c, as a claim noun names kinds: "the
    // allegation" an accusation, "the pledge" a promise.
    let of_category = |c: CueCategory, j: usize| {
        c == drafts[j].category
            || c == CueCategory::Criticise && roles[j].0 == Role::Counterclaim
            // "said it would spend £300m" is a pledge made with "said".
            || c == CueCategory::Predict && words.foretells[j]
    };
    // "The pledge", "the forecast": a claim about the future, which its
    // words show whatever its cue, so that one in the window is the one
    // meant. Other kinds ("the criticism") are known by their cue alone,
    // too seldom to pass over the latest run.
    let typed = anaphor == Anaphor::Noun(Some(CueCategory::Predict))
        && others.iter().any(|&j| of_category(CueCategory::Predict, j));
    // "accused the regulator of …": the one accused, named before "of",
    // is the speaker answered (unless the accusation carries on a rebuttal
    // of the same speaker, which says what it answers).
    let accused = if d.category == CueCategory::Accuse {
        let c = d.content_tokens.clone();
        c.start
            ..c.clone()
                .take(6)
                .find(|&t| a.is(t, "of"))
                .unwrap_or(c.start)
    } else {
        0..0
    };
    let accuses = |s: usize| {
        accused.clone().any(|t| {
            a.tokens[t].kind == Kind::Word
                && a.word(t).len() >= 3
                && !a.is(t, "the")
                && names_entity(a, t, &res.entities[s])
        })
    };
    // The latest accusation against k's speaker, which a denial answers
    // though another speaker has spoken since ("the court accused the
    // agency of …. The contractor blamed …. The agency rejected the
    // finding").
    let accused_me = |j: usize| {
        matches!(drafts[j].category, CueCategory::Accuse | CueCategory::Criticise)
            && me.is_some_and(|m| {
                words.mentions(j, m) > 0.0
                    // "accused the company of …", and the company denies it.
                    || res.entities[m].kind == SpeakerKind::Organization
                        && drafts[j].content_tokens.clone().take(3).any(|t| a.is_in(t, Lex::OrgNoun))
            })
    };
    let accusation = denial
        .then(|| others.iter().rev().copied().find(|&j| accused_me(j)))
        .flatten();
    let mut best: Option<(f32, usize, usize)> = None;
    for (n, &j) in others.iter().enumerate().rev() {
        let (overlap, names_me) = window.of(k, j);
        let (first_of_speaker, named) = of_speaker[n];
        let mut score = overlap as f32 * SHARED_WORD;
        score += named;
        score += names_me;
        // A reply to a reply: j disputed one of my claims.
        if roles[j].0 == Role::Counterclaim && roles[j].1.is_some_and(|t| res.speaker_of[t] == me) {
            score += 1.5;
        }
        // "That was not true" points at the latest claim; "the criticism" at
        // the latest speaker's run, and at a claim of its kind ("the pledge": a promise).
        match anaphor {
            Anaphor::Pronoun if j == latest => score += 3.0 * SHARED_WORD,
            Anaphor::Noun(cat) => {
                let of_kind = cat.is_some_and(|c| of_category(c, j));
                // "The pledge" points at a pledge wherever it stands; other
                // nouns at their owner's claims or at the latest run.
                let owned = |o: usize| res.speaker_of[j] == Some(o);
                let pointed = match owner {
                    _ if typed => of_kind && owner.map_or(true, owned),
                    Some(o) => owned(o),
                    None => j >= run_start,
                };
                if pointed {
                    score += 2.5;
                }
                if of_kind {
                    score += 2.0;
                }
            }
            _ => {}
        }
        if counted
            && drafts[j]
                .content_tokens
                .clone()
                .any(|t| a.tokens[t].kind == Kind::Number)
        {
            score += 2.0;
        }
        // "rejected that account" and a claim about the accounts.
        if anaphor_word.is_some_and(|w| words.has(j, w)) {
            score += 2.0;
        }
        // "called the announcement …" answers what was announced, "dismissed
        // the allegation" what was alleged: the noun is made from j's cue.
        if names_cue(&opening_words, words.cue_roots[j]) {
            score += 2.0;
        }
        if continued == Some(j) {
            score += 1.5;
        }
        if !accused.is_empty() && continued.is_none() && res.speaker_of[j].is_some_and(accuses) {
            score += 2.0;
        }
        // A denial answers the latest accusation made against its speaker.
        if Some(j) == accusation {
            score += 2.0;
        }
        if d.contrast && j == latest || Some(j) == lead {
            score += 1.0;
        }
        if drafts[j].paragraph + 2 >= d.paragraph {
            score += 0.5;
        }
        // A speaker's first claim is the one its opponents take on.
        if res.speaker_of[j].is_some() && first_of_speaker {
            score += FIRST_BONUS;
        }
        score -= 0.05 * (k - j) as f32;
        // Only between claims each enough to answer: the lead does not
        // make an answer of a claim that answers nothing here.
        if j == 0 && score >= 1.0 {
            score += LEAD_BONUS;
        }
        if best.map_or(true, |(b, _, _)| score > b) {
            best = Some((score, j, overlap));
        }
    }
    // The best below the threshold too: too little to make a claim an
    // answer, but the likeliest claim answered by one that is.
    match best {
        Some((s, j, o)) if s >= 1.0 => (Some(j), s, o, Some(j)),
        Some((s, j, o)) => (None, 0.0, o, (s >= LINK_FLOOR).then_some(j)),
        None => (None, 0.0, 0, None),
    }
}

const STOP: WordList = WordList(
    "the and that was were had have has for with its his her their this would will been from not \
     but they she him them are who which what said says all our you your can could may might than \
     then there these those into about over only also more most any some such out very just being \
     because when where while after before did does should must how why way per year years",
);

/// True for a word of [`STOP`].
fn is_stop(w: &str) -> bool {
    static SET: OnceLock<(FxHashSet<&'static str>, usize)> = OnceLock::new();
    let (set, longest) = SET.get_or_init(|| (STOP.iter().collect(), STOP.longest()));
    w.len() <= *longest && set.contains(w)
}

/// The lower-cased word with one ending cut off: "-ing", "-ed", "-es", "-s"
/// or "-ly" (the first that fits), written into `out`.
fn stem_into(w: &str, out: &mut String) {
    out.clear();
    if w.is_ascii() {
        out.push_str(w);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&lexicon::lowercase(w));
    }
    let n = stem_of(out).len();
    out.truncate(n);
}

/// The stem of a lower-cased word: [`stem_into`] without the copy, for a
/// word already lower-cased.
fn stem_of(lower: &str) -> &str {
    for suf in ["ing", "ed", "es", "s", "ly"] {
        if lower.len() > suf.len() + 3 && lower.ends_with(suf) && !lower.ends_with("ss") {
            return &lower[..lower.len() - suf.len()];
        }
    }
    lower
}

/// The content words of every claim, and the name and role words of every
/// speaker, as numbers in one vocabulary of stems, and for each number the
/// claims that have it: comparing a claim with those before it is then a
/// walk over the claims of each of its words (see [`Words::window`]).
///
/// A claim's words are its content's words of three letters or more, stop
/// words aside, stemmed; a capitalised word is kept a second time marked as
/// capitalised, to tell names from common nouns. Stem number `n` is `2n`,
/// and `2n + 1` marked.
struct Words {
    /// Each claim's word numbers, sorted, without repeats: claim `k`'s
    /// are `numbers[bounds[k]..bounds[k + 1]]`, all claims' in one list
    /// rather than a list each.
    numbers: Vec<u32>,
    bounds: Vec<usize>,
    /// The stems seen in claims, numbered.
    vocab: Stems,
    /// What each speaker's name and roles are in that vocabulary, for the
    /// entities that speak.
    entities: Vec<Option<EntityWords>>,
    /// For each word number, one more than the last claim marked (see
    /// [`Words::mark`]) that has it: [`Words::has`] asks a claim marked
    /// once about many words without a search each.
    marks: Vec<u32>,
    /// One more than the claim last marked; 0 before any.
    marked: usize,
    /// For each word number, the claims that have it, in order: a claim
    /// is compared with the forty before it by walking these lists for its
    /// own words, most of which few of the forty have, rather than each of
    /// the forty's words. Word `w`'s claims are
    /// `claims_of[claims_at[w]..claims_at[w + 1]]`.
    claims_of: Vec<u32>,
    claims_at: Vec<u32>,
    /// For each of the article's lower-cased forms, what the scans of a
    /// claim's content ask of it ([`NEGATION`], [`IDIOM`], [`NOT`],
    /// [`TRUTH`], [`REBUTTAL`], [`CRITICISM`]): a byte per form instead of
    /// string comparisons per token.
    form_flags: Vec<u8>,
    /// For each stem number, whether it is one of a speaker's name words:
    /// two claims that both name Dray are about the same person, not the
    /// same point.
    names: Vec<bool>,
    /// Each claim's [`cue_root`].
    cue_roots: Vec<Option<&'static str>>,
    /// Whether each claim's content speaks of the future ("would spend",
    /// "will open"), as a pledge, promise or forecast does whatever its
    /// cue: asked of a claim for every claim after it that it may answer.
    foretells: Vec<bool>,
}

/// What the claims before a claim `k` share with it (see [`Words::window`]),
/// by how far back they stand: `k - 1 - j` for claim `j`.
struct Window {
    /// How many word numbers each shares with `k`, speakers' names aside.
    shared: [u32; WINDOW],
    /// Whether each has a word of `k`'s speaker's name ([`NAMED`]) or
    /// roles ([`ROLE`]).
    naming: [u8; WINDOW],
}

/// A claim has a word of the name of the speaker compared with.
const NAMED: u8 = 2;
/// A claim has a word of the roles of the speaker compared with.
const ROLE: u8 = 1;

impl Window {
    /// How many word numbers claims `k` and `j` share (speakers' names
    /// aside), and how strongly `j` names `k`'s speaker (what
    /// [`Words::mentions`] answers).
    fn of(&self, k: usize, j: usize) -> (usize, f32) {
        let back = k - 1 - j;
        let naming = self.naming[back];
        let names_speaker = if naming & NAMED != 0 {
            2.0
        } else if naming & ROLE != 0 {
            1.0
        } else {
            0.0
        };
        (self.shared[back] as usize, names_speaker)
    }
}

/// "not", "never", "didn't": a negation.
const NEGATION: u8 = 1;
/// "wait", "only", "doubt", "wonder": after a negation, negative in form
/// only ("can't wait", "not only", "no doubt").
const IDIOM: u8 = 2;
/// "not", before a word of truth in a rebuttal ("not true").
const NOT: u8 = 4;
/// "true", "correct", "accurate", "fair", "right".
const TRUTH: u8 = 8;
/// "false", "baseless", "misleading": [`lexicon::REBUTTAL_WORDS`].
const REBUTTAL: u8 = 16;

/// "a betrayal", "a step backwards": [`lexicon::CRITICISM_WORDS`].
const CRITICISM: u8 = 32;

/// A word of [`STOP`]: not a content word.
const STOP_WORD: u8 = 64;

/// "will", "would": a content with one speaks of the future.
const FUTURE: u8 = 128;

/// The words of each flag.
pub(crate) const FLAGGED: [(u8, WordList); 8] = [
    (
        NEGATION,
        WordList(
            "not no instead none never cannot can't nothing nobody didn't don't isn't wasn't won't",
        ),
    ),
    (IDIOM, WordList("wait only doubt wonder")),
    (NOT, WordList("not")),
    (TRUTH, WordList("true correct accurate fair right")),
    (REBUTTAL, lexicon::REBUTTAL_WORDS),
    (CRITICISM, lexicon::CRITICISM_WORDS),
    (STOP_WORD, STOP),
    // Forms are written with straight apostrophes: "’ll" is "'ll".
    (FUTURE, WordList("will would shall 'll")),
];

/// A speaker's words as word numbers.
struct EntityWords {
    /// Its name words of three letters or more, marked as capitalised
    /// (sorted, without repeats).
    named: Vec<u32>,
    /// Its role words ("mayor", "company") of three letters or more, not
    /// stop words (sorted, without repeats).
    roles: Vec<u32>,
    /// The speaker is a group of critics, opponents, sceptics.
    critics: bool,
}

/// Stems numbered densely as they are first seen. A stem spelt as one of
/// the article's forms, as most are (the form itself, or "official" from
/// "officials"), is found by that form's number, with no hashing of its
/// text when it is the form itself; the others ("announc" from
/// "announced", or not ASCII) by their text: the short ASCII ones in an
/// arena of word forms (no allocation each), the rest in a map. Only
/// which words share a number matters, not the numbers.
struct Stems {
    /// For each of the article's forms, the number of the stem spelt as
    /// it, or [`UNSEEN`].
    by_form: Vec<u32>,
    short: Vocab,
    /// The number of each stem of `short`.
    short_numbers: Vec<u32>,
    long: FxHashMap<String, u32>,
    /// How many stems are numbered.
    count: u32,
}

impl Stems {
    /// True for a stem kept in `short`, or spelt as a form.
    fn is_short(stem: &str) -> bool {
        stem.is_ascii() && stem.len() <= MAX_FORM
    }

    /// The number of the stem spelt as form `f`, given it if new.
    fn of_form(&mut self, f: FormId) -> u32 {
        let slot = &mut self.by_form[f as usize];
        if *slot == UNSEEN {
            *slot = self.count;
            self.count += 1;
        }
        *slot
    }

    /// The number of `stem`, if it has one.
    fn get(&self, a: &Article, stem: &str) -> Option<u32> {
        if !Stems::is_short(stem) {
            return self.long.get(stem).copied();
        }
        match a.form_of(stem) {
            Some(f) => Some(self.by_form[f as usize]).filter(|&n| n != UNSEEN),
            None => self
                .short
                .get(stem)
                .map(|id| self.short_numbers[id as usize]),
        }
    }

    /// The number of `stem`, given it if new.
    fn intern(&mut self, a: &Article, stem: &str) -> u32 {
        if Stems::is_short(stem) {
            if let Some(f) = a.form_of(stem) {
                return self.of_form(f);
            }
            let id = self.short.intern(&key_of(stem.as_bytes()), stem.len()) as usize;
            if id == self.short_numbers.len() {
                self.short_numbers.push(self.count);
                self.count += 1;
            }
            return self.short_numbers[id];
        }
        match self.long.get(stem) {
            Some(&n) => n,
            None => {
                self.long.insert(stem.to_string(), self.count);
                self.count += 1;
                self.count - 1
            }
        }
    }

    /// One more than the largest number given.
    fn bound(&self) -> usize {
        self.count as usize
    }
}

/// A form whose stem is not known yet.
const UNSEEN: u32 = u32::MAX;
/// A form too short or too common to count as a content word.
const NOT_COUNTED: u32 = u32::MAX - 1;

impl Words {
    fn new(a: &Article, drafts: &[Draft], res: &Resolution) -> Words {
        // Claims have about two stems for every five of the article's
        // forms, most of them spelt as forms: the table of the others
        // starts small.
        let mut vocab = Stems {
            by_form: vec![UNSEEN; a.forms()],
            short: Vocab::with_capacity(a.forms() / 8),
            short_numbers: Vec::new(),
            long: FxHashMap::default(),
            count: 0,
        };
        let mut buf = String::new();
        // The stem number of each of the article's lower-cased forms, found
        // at its first occurrence in a claim: whether a word counts and its
        // stem depend on that form alone.
        let mut form_stem: Vec<u32> = vec![UNSEEN; a.forms()];
        // What the scans of a claim's content ask of each form (see
        // `Words::form_flags`), and which forms are stop words.
        let form_flags: Vec<u8> = a.form_entries().iter().map(|e| e.counter).collect();
        // Token `j`'s stem number, given whether it is a stop word and its
        // form number. A word with a form is stemmed from the form, already
        // lower-cased.
        let mut stem_number = |j: usize, f: FormId, stop: bool, buf: &mut String| {
            if stop {
                return NOT_COUNTED;
            }
            if f != NO_FORM {
                let form = a.form(f);
                // ASCII: as many characters as bytes.
                if form.len() < 3 {
                    return NOT_COUNTED;
                }
                let stem = stem_of(form);
                return if stem.len() == form.len() {
                    vocab.of_form(f)
                } else {
                    vocab.intern(a, stem)
                };
            }
            let w = a.word(j);
            if w.chars().count() >= 3 {
                stem_into(w, buf);
                vocab.intern(a, buf)
            } else {
                NOT_COUNTED
            }
        };
        // The stem numbers of the words without a form (not ASCII, or
        // long), in the order the first pass meets them: the second pass
        // reads them back instead of stemming again.
        let mut formless: Vec<u32> = Vec::new();
        let mut next_formless = 0;
        let ids = a.form_ids();
        // Claim `d`'s word numbers in `out`, in text order, with repeats;
        // `again` in the second pass. The tokens and their form numbers
        // side by side: this runs for every word of every claim, twice.
        let mut words_of = |d: &Draft, out: &mut Vec<u32>, again: bool| {
            out.clear();
            let r = d.content_tokens.clone();
            let tokens = a.tokens[r.clone()].iter().zip(&ids[r.clone()]);
            for (j, (t, &f)) in r.zip(tokens) {
                if t.kind != Kind::Word {
                    continue;
                }
                let n = if f != NO_FORM {
                    let slot = &mut form_stem[f as usize];
                    if *slot == UNSEEN {
                        let stop = form_flags[f as usize] & STOP_WORD != 0;
                        *slot = stem_number(j, f, stop, &mut buf);
                    }
                    *slot
                } else if again {
                    next_formless += 1;
                    formless[next_formless - 1]
                } else {
                    let n = stem_number(j, f, a.with_lower(j, is_stop), &mut buf);
                    formless.push(n);
                    n
                };
                if n != NOT_COUNTED {
                    out.push(2 * n);
                    if t.upper {
                        out.push(2 * n + 1);
                    }
                }
            }
        };
        // Each claim's list is made in one scratch list. Counted first (with
        // repeats, which are few), so that the list of all of them is made
        // once: a list doubling as it grew would for a moment need three
        // times the room, with the article, the drafts and the speakers all
        // in memory. The second pass finds every stem known.
        let mut scratch: Vec<u32> = Vec::new();
        let mut most = 0;
        for d in drafts {
            words_of(d, &mut scratch, false);
            most += scratch.len();
        }
        let mut numbers: Vec<u32> = Vec::with_capacity(most);
        let mut bounds: Vec<usize> = Vec::with_capacity(drafts.len() + 1);
        bounds.push(0);
        for d in drafts {
            words_of(d, &mut scratch, true);
            crate::sort::sort(&mut scratch);
            scratch.dedup();
            numbers.extend_from_slice(&scratch);
            bounds.push(numbers.len());
        }
        // In place: the room of the repeats is given back.
        numbers.shrink_to_fit();
        // The claims of each word number, counted, then placed in order.
        let mut claims_at = vec![0u32; 2 * vocab.bound() + 1];
        for &w in &numbers {
            claims_at[w as usize + 1] += 1;
        }
        for w in 1..claims_at.len() {
            claims_at[w] += claims_at[w - 1];
        }
        let mut next = claims_at.clone();
        let mut claims_of = vec![0u32; numbers.len()];
        for (k, b) in bounds.windows(2).enumerate() {
            for &w in &numbers[b[0]..b[1]] {
                claims_of[next[w as usize] as usize] = k as u32;
                next[w as usize] += 1;
            }
        }
        drop(next);
        let mut words = Words {
            numbers,
            bounds,
            marks: vec![0; 2 * vocab.bound()],
            marked: 0,
            claims_of,
            claims_at,
            vocab,
            entities: Vec::new(),
            form_flags,
            names: Vec::new(),
            cue_roots: drafts.iter().map(|d| cue_root(a, d)).collect(),
            foretells: Vec::new(),
        };
        words.foretells = drafts
            .iter()
            .map(|d| {
                d.content_tokens
                    .clone()
                    .any(|j| words.flags(a, j) & FUTURE != 0)
            })
            .collect();
        let mut entities: Vec<Option<EntityWords>> =
            (0..res.entities.len()).map(|_| None).collect();
        for &e in res.speaker_of.iter().flatten() {
            if entities[e].is_none() {
                let entity = &res.entities[e];
                // Sets: an entity's roles repeat with every mention ("the
                // mayor" a hundred times), and only membership counts.
                let set = |mut v: Vec<u32>| {
                    crate::sort::sort(&mut v);
                    v.dedup();
                    v
                };
                entities[e] = Some(EntityWords {
                    named: set(entity
                        .words
                        .iter()
                        .filter(|w| w.len() >= 3)
                        .filter_map(|w| words.stem_number(a, w, &mut buf))
                        .map(|n| 2 * n + 1)
                        .collect()),
                    roles: set({
                        let mut roles = Vec::new();
                        each_role_word(entity, |w| {
                            if w.len() >= 3 && !is_stop(w) {
                                roles.extend(words.stem_number(a, w, &mut buf).map(|n| 2 * n));
                            }
                        });
                        roles
                    }),
                    critics: is_critics(entity),
                });
            }
        }
        let mut names = vec![false; words.vocab.bound()];
        for e in entities.iter().flatten() {
            for &w in &e.named {
                names[w as usize / 2] = true;
            }
        }
        words.entities = entities;
        words.names = names;
        words
    }

    /// The number of `w`'s stem, if any claim has it.
    fn stem_number(&self, a: &Article, w: &str, buf: &mut String) -> Option<u32> {
        // Speakers' words are mostly the article's forms, ASCII in lower
        // case already: stemmed where they are, not copied and lower-cased.
        let stem = if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            stem_of(w)
        } else {
            stem_into(w, buf);
            buf
        };
        self.vocab.get(a, stem)
    }

    /// The word number of `w`'s stem, unmarked, if any claim has it.
    fn plain(&self, a: &Article, w: &str) -> Option<u32> {
        self.stem_number(a, w, &mut String::new()).map(|n| 2 * n)
    }

    /// The word numbers of claim `k`.
    fn of(&self, k: usize) -> &[u32] {
        &self.numbers[self.bounds[k]..self.bounds[k + 1]]
    }

    /// Marks the words of claim `k`, for [`Words::has`].
    fn mark(&mut self, k: usize) {
        let stamp = k as u32 + 1;
        for &w in &self.numbers[self.bounds[k]..self.bounds[k + 1]] {
            self.marks[w as usize] = stamp;
        }
        self.marked = k + 1;
    }

    /// True when claim `k` has word number `w`.
    fn has(&self, k: usize, w: u32) -> bool {
        if self.marked == k + 1 {
            self.marks.get(w as usize) == Some(&(k as u32 + 1))
        } else {
            self.of(k).binary_search(&w).is_ok()
        }
    }

    /// What each of the forty claims before claim `k` shares with it, and
    /// how each names `speaker`, k's: one walk, for each of k's words and
    /// of the speaker's name and role words, over the claims that have it.
    fn window(&self, k: usize, speaker: Option<usize>) -> Window {
        let lo = k.saturating_sub(WINDOW);
        let mut window = Window {
            shared: [0; WINDOW],
            naming: [0; WINDOW],
        };
        // Calls `f` with `k - 1 - j` for each claim `j` of the window with word `w`.
        let walk = |w: u32, f: &mut dyn FnMut(usize)| {
            let w = w as usize;
            let claims =
                &self.claims_of[self.claims_at[w] as usize..self.claims_at[w + 1] as usize];
            let from = claims.partition_point(|&j| (j as usize) < lo);
            for &j in claims[from..].iter().take_while(|&&j| (j as usize) < k) {
                f(k - 1 - j as usize);
            }
        };
        for &w in self.of(k) {
            if !self.names[w as usize / 2] {
                walk(w, &mut |back| window.shared[back] += 1);
            }
        }
        if let Some(e) = speaker.and_then(|e| self.entities[e].as_ref()) {
            // Name words are marked as capitalised (odd), role words not.
            for &w in e.named.iter().chain(&e.roles) {
                let bit = if w % 2 == 1 { NAMED } else { ROLE };
                walk(w, &mut |back| window.naming[back] |= bit);
            }
        }
        window
    }

    /// The flags of token `i`'s lower-cased form; none for tokens without
    /// one (which no list holds) and past the end.
    fn flags(&self, a: &Article, i: usize) -> u8 {
        a.form_id(i).map_or(0, |id| self.form_flags[id as usize])
    }

    /// The words of a speaking entity.
    fn entity(&self, e: usize) -> &EntityWords {
        self.entities[e]
            .as_ref()
            .expect("the words of every speaking entity are known")
    }

    /// How strongly claim `k`'s words name the entity: 2 for a word of its
    /// name, 1 for one of its roles ("the mayor", "the company"), 0 otherwise.
    fn mentions(&self, k: usize, entity: usize) -> f32 {
        let e = self.entity(entity);
        // A name counts only where it is written as one: "the port's owner"
        // does not name "Saltmouth Port Holdings".
        if e.named.iter().any(|&w| self.has(k, w)) {
            2.0
        } else if e.roles.iter().any(|&w| self.has(k, w)) {
            1.0
        } else {
            0.0
        }
    }
}

/// Whether a claim's content rebuts (a word of [`lexicon::REBUTTAL_WORDS`],
/// "not true"; with a cue of calling names, also a word of
/// [`lexicon::CRITICISM_WORDS`]: "called the bill a betrayal") and whether
/// it is negative ("not", "never"): one pass over the flags of its words,
/// each word with the one after it.
fn rebuttal_and_negation(a: &Article, d: &Draft, words: &Words) -> (bool, bool) {
    let r = d.content_tokens.clone();
    let (mut rebuts, mut negated) = (false, false);
    let rebuttal = if d.category == CueCategory::Criticise {
        REBUTTAL | CRITICISM
    } else {
        REBUTTAL
    };
    let mut f = if r.is_empty() {
        0
    } else {
        words.flags(a, r.start)
    };
    let end = r.end;
    for j in r {
        let next = words.flags(a, j + 1);
        rebuts |= f & rebuttal != 0
            || f & NOT != 0 && next & TRUTH != 0
            || the_opposite(a, j, end)
            || stands_by(a, j, end);
        // Negative in form, not in sense: "can't wait", "not only", "no
        // doubt", and a bound on a number ("no more than one train in five").
        negated |= f & NEGATION != 0 && next & IDIOM == 0 && !bounds_number(a, j);
        if rebuts && negated {
            break;
        }
        f = next;
    }
    (rebuts, negated)
}

/// Whether a speaker's own words report what someone else says, to answer
/// it: "The board says this route avoids wetlands. It runs straight
/// through …", "They keep saying it's a closed loop." A third person
/// ("they", "he", "the league", "Vaultline") and a present-tense verb of
/// saying; not what a record says ("The specification says raw milk").
fn reports_other_side(a: &Article, d: &Draft) -> bool {
    let r = d.content_tokens.clone();
    r.clone().skip(1).any(|j| {
        let verb = a.is_any(
            j,
            &[
                "says", "say", "claims", "claim", "insists", "insist", "tells", "tell",
            ],
        ) || a.is(j, "saying") && a.is_any(j - 1, &["keep", "keeps"]);
        if !verb {
            return false;
        }
        let s = if a.is(j, "saying") { j - 1 } else { j };
        let Some(subject) = s.checked_sub(1).filter(|&b| b >= r.start) else {
            return false;
        };
        a.is_any(subject, &["they", "he", "she"])
            || a.tokens[subject].upper
                && !a.is_in(subject, Lex::Pronoun)
                && !a.is_in(subject, Lex::Determiner)
            || subject > r.start
                && a.is(subject - 1, "the")
                && a.tokens[subject].kind == Kind::Word
                && !a.with_lower(subject, lexicon::is_record_noun)
    })
}

/// "no more than", "not later than", "no fewer than": at token `j`, a
/// negative word that sets a bound on a quantity or a date.
fn bounds_number(a: &Article, j: usize) -> bool {
    a.is(j + 2, "than")
        && a.is_any(
            j + 1,
            &[
                "more", "fewer", "less", "later", "earlier", "sooner", "greater",
            ],
        )
}

/// "said the opposite was true", "the reverse is the case": "the opposite"
/// at token `j` of a content ending at `end` stands for the opposite of
/// what was said, not for an opposite thing ("the opposite tactic", "the
/// opposite of me").
fn the_opposite(a: &Article, j: usize, end: usize) -> bool {
    a.is(j, "the")
        && a.is_any(j + 1, &["opposite", "reverse"])
        && (j + 2 >= end || a.is_punct(j + 2) || a.is_in(j + 2, Lex::FiniteAux))
}

/// "stood by every word", "stands by its report": at token `j` of a
/// content ending at `end`, its speaker keeps to what was said, which only
/// a challenge makes worth saying (not "stood by her husband").
fn stands_by(a: &Article, j: usize, end: usize) -> bool {
    // "by" first: this is asked of every word of a content, and most are
    // turned away by the length of the word after them.
    a.is(j + 1, "by")
        && a.is_any(j, &["stood", "stand", "stands", "standing"])
        && (j + 2..end.min(j + 5))
            .any(|n| a.lower_is(n, |w| matches!(w, "word" | "words") || is_anaphor_noun(w)))
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

/// The first words of a claim's content, where what it points back at
/// stands: "that remark", "the announcement", "his comments".
fn opening(a: &Article, d: &Draft) -> std::ops::Range<usize> {
    let mut s = d.content_tokens.start;
    // "most of those complaints", "some of the allegations": the noun after
    // the quantifier's "of".
    if a.lower_is(s, is_quantifier) && a.is(s + 1, "of") {
        s += 2;
    }
    s..d.content_tokens.end.min(s + 3)
}

/// Words that take a part of what follows "of": "most of those claims".
fn is_quantifier(w: &str) -> bool {
    matches!(
        w,
        "most"
            | "many"
            | "some"
            | "all"
            | "none"
            | "each"
            | "much"
            | "several"
            | "few"
            | "any"
            | "part"
    )
}

/// Whether a content opens with a noun for something said ("that remark",
/// "his comments", "the allegations"), as the object of calling names does.
fn speech_named(a: &Article, d: &Draft) -> bool {
    opening(a, d).any(|j| a.lower_is(j, lexicon::is_speech_noun))
}

/// Whether the content opens by naming a decision or a plan: "called the
/// ruling “a witch hunt”".
fn position_named(a: &Article, d: &Draft) -> bool {
    opening(a, d).any(|j| a.lower_is(j, lexicon::is_position_noun))
}

/// Whether the content opens by naming a claim: "the report", "the
/// farmer's account", "Hale's figures".
fn claim_named(a: &Article, d: &Draft) -> bool {
    let (s, end) = (d.content_tokens.start, d.content_tokens.end);
    // What `anaphor_noun` finds, without copying the word out.
    opening(a, d).any(|j| a.with_lower(j, is_anaphor_noun))
        || (s..end.min(s + 3)).any(|j| {
            a.tokens[j].kind == Kind::Possessive
                && j + 1 < end
                && a.with_lower(j + 1, is_anaphor_noun)
        })
}

/// The token naming the owner of the claim a content opens with:
/// "Halbrook" in "Halbrook's figures ignored …", "minister" in "the
/// minister's figure counts …".
fn owner_of_named_claim(a: &Article, d: &Draft) -> Option<usize> {
    let (s, end) = (d.content_tokens.start, d.content_tokens.end);
    // The noun, right after the possessive or after one lower-case word,
    // inside the content.
    let noun_at = |k: usize| k < end && a.with_lower(k, is_anaphor_noun);
    (s + 1..end.min(s + 3))
        .find(|&j| {
            a.tokens[j].kind == Kind::Possessive
                && a.tokens[j - 1].kind == Kind::Word
                && (noun_at(j + 1) || j + 1 < end && !a.tokens[j + 1].upper && noun_at(j + 2))
        })
        .map(|j| j - 1)
}

/// Whether token `t` is a word of the entity's name or roles.
fn names_entity(a: &Article, t: usize, e: &Entity) -> bool {
    a.with_lower(t, |w| e.words.iter().chain(&e.roles).any(|x| x == w))
}

/// Claim nouns for what is counted: "his figures", "the estimate".
fn is_count_noun(w: &str) -> bool {
    static SET: WordSet = WordSet::new(WordList(
        "figure figures number numbers estimate estimates statistic statistics tally forecast \
         forecasts",
    ));
    SET.contains(w)
}

/// Whether a content judges what it names sound: "the council's forecast
/// was “plausible”" agrees.
fn agrees(a: &Article, d: &Draft) -> bool {
    static SOUND: WordSet = WordSet::new(WordList(
        "plausible accurate correct right reasonable sound credible fair realistic reliable",
    ));
    judges_with(a, d, &SOUND)
}

/// Whether a content praises what it names: "called the ruling “a
/// landmark”" welcomes a decision, it does not dispute it.
fn praises(a: &Article, d: &Draft) -> bool {
    static PRAISE: WordSet = WordSet::new(WordList(
        "landmark victory welcome overdue sensible necessary good great breakthrough vindication \
         historic step win triumph brave courageous wise excellent positive encouraging",
    ));
    judges_with(a, d, &PRAISE)
}

/// Whether one of the content's first words is in `set`: where a judgment
/// of what the content names stands.
fn judges_with(a: &Article, d: &Draft, set: &WordSet) -> bool {
    d.content_tokens
        .clone()
        .take(16)
        .any(|j| a.lower_is(j, |w| set.contains(w)))
}

/// The claim noun a content opens with ("account" in "that account").
fn anaphor_noun(a: &Article, d: &Draft) -> Option<String> {
    opening(a, d)
        .find(|&j| a.with_lower(j, is_anaphor_noun))
        .map(|j| a.lower(j))
}

/// A claim anaphor that is a noun ("the allegation"), not a pronoun.
pub(crate) fn is_anaphor_noun(w: &str) -> bool {
    lexicon::is_claim_anaphor(w) && !matches!(w, "it" | "that" | "this" | "them" | "these")
}

fn anaphor_of(a: &Article, d: &Draft) -> Anaphor {
    let s = d.content_tokens.start;
    let object = matches!(d.category, CueCategory::Deny | CueCategory::Criticise);
    let end = d.content_tokens.end;
    let pronoun = a.with_lower(s, |first| {
        let demonstrative = matches!(first, "that" | "this");
        object && matches!(first, "it" | "them")
            || demonstrative && a.lower_is(s + 1, |w| matches!(w, "is" | "was" | "'s" | "’s"))
            // "dismissed that as …", "rejected this, saying …": with no
            // noun after it, the demonstrative is the object itself.
            || object
                && demonstrative
                && (s + 1 >= end
                    || a.is(s + 1, ",")
                    || a.is_word(s + 1, "as")
                    // "called that ‘a fantasy’": the name follows the object.
                    || a.quote_opened_at(s + 1).is_some())
            // "That rather makes our point": an adverb, not a noun, follows,
            // so "that" stands for what was just said.
            || demonstrative && s + 1 < end && a.lower_is(s + 1, is_pronoun_adverb)
            // "said the opposite was true": the opposite of what was just said.
            || the_opposite(a, s, end)
    });
    if pronoun {
        return Anaphor::Pronoun;
    }
    for j in opening(a, d) {
        if let Some(noun) = a.with_lower(j, |w| {
            is_anaphor_noun(w).then(|| Anaphor::Noun(anaphor_category(w)))
        }) {
            return noun;
        }
    }
    Anaphor::None
}

/// Adverbs that can follow a demonstrative pronoun but not a demonstrative
/// determiner: after "that rather", "this simply", no noun is coming.
fn is_pronoun_adverb(w: &str) -> bool {
    matches!(
        w,
        "rather" | "just" | "simply" | "merely" | "hardly" | "really" | "only" | "itself" | "alone"
    )
}

/// Whether a content is nothing but a short plan or stance of its
/// speaker's own, of kind `kind`: a pronoun that can stand for the speaker,
/// "would" or "will", and at most six words more ("it would appeal", "she
/// would not attend"; not supporters saying "it will pay for …").
fn plan_only(a: &Article, d: &Draft, kind: SpeakerKind) -> bool {
    let r = d.content_tokens.clone();
    let own: &[&str] = match kind {
        SpeakerKind::Person => &["he", "she", "i"],
        SpeakerKind::Organization => &["it", "they", "we"],
        SpeakerKind::Group => &["they", "we"],
    };
    a.is_any(r.start, own)
        && a.is_any(r.start + 1, &["would", "will"])
        && r.clone()
            .filter(|&j| a.tokens[j].kind == Kind::Word)
            .count()
            <= 8
}

/// Whether reported words state how things are or were rather than what
/// will be: "He said rents had risen by 6%" after the same speaker's
/// rebuttal keeps on rebutting, where "she said the group would appeal"
/// or "he added that grants would rise" moves on to what comes next.
fn reports_fact(a: &Article, d: &Draft, foretells: bool) -> bool {
    // ("The coalition is weighing a lawsuit", "was expected to recover":
    // intentions and expectations look ahead too.)
    let intends = d.content_tokens.clone().take(5).any(|j| {
        a.is_any(
            j,
            &[
                "considering",
                "weighing",
                "planning",
                "plans",
                "intends",
                "expected",
                "expects",
                "hopes",
                "hoped",
            ],
        )
    });
    !foretells
        && !intends
        && d.category != CueCategory::Predict
        && !cue_lemma(a, d).is_some_and(|l| matches!(l, "add" | "estimate" | "expect"))
}

/// Whether the content, brought in by a cue after "and", says what will be
/// done, its subject a pronoun or a noun with a determiner: "… and said they
/// would appeal", "and said the full contract would be published". In a
/// sentence of its own (`alone`) only a pronoun straight before "would" or
/// "will" makes a plan ("A spokesman said it would study the judgment"):
/// "the club had acted properly and would co-operate" still answers.
fn announces_plan(a: &Article, d: &Draft, foretells: bool, alone: bool) -> bool {
    let opens = d.content_tokens.start;
    if alone {
        return a.is_in(opens, Lex::Pronoun) && a.is_any(opens + 1, &["would", "will"]);
    }
    let and_said = d
        .cue
        .as_ref()
        .is_some_and(|c| c.start.checked_sub(1).is_some_and(|j| a.is(j, "and")));
    and_said && foretells && (a.is_in(opens, Lex::Pronoun) || a.is_in(opens, Lex::Determiner))
}
