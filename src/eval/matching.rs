//! `score.py`'s `score_doc`: matching predicted claims and speakers to gold.
//!
//! Every step follows the Python line for line, including its tie-breaks:
//! candidate pairs are generated gold-outer, prediction-inner (speakers:
//! prediction-outer), sorted by score with a stable sort, and taken greedily.

use super::load::{Article, ArticleClaim, ArticleSpeaker, AttributionBy, Id, Utf16Range};
use super::report::{ClaimNote, Counts, FileScore, Mismatch};
use super::words::{is_word_char, Words};
use std::collections::{HashMap, HashSet};

/// `score.py`'s `overlaps`: both present and sharing at least one unit.
fn overlaps(a: Option<Utf16Range>, b: Option<Utf16Range>) -> bool {
    matches!((a, b), (Some(a), Some(b)) if a[0] < b[1] && b[0] < a[1])
}

/// `score.py`'s `norm`: lower case, only word characters and spaces, trimmed,
/// a leading "the " dropped.
fn norm(name: &str) -> String {
    let n: String = name
        .to_lowercase()
        .chars()
        .filter(|&c| c == ' ' || is_word_char(c))
        .collect();
    let n = n.trim();
    n.strip_prefix("the ").unwrap_or(n).to_string()
}

/// `score.py`'s `names_match`: equal after [`norm`], or one ends with the
/// other as a whole word ("Ebrahim Raisi" and "Raisi").
pub(crate) fn names_match(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty()
        && !b.is_empty()
        && (a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}")))
}

/// `score.py`'s `greedy`: one-to-one, best score first, ties in the order the
/// pairs were generated. Returns `(i, j)` in the order they were taken.
fn greedy(mut pairs: Vec<(f64, usize, usize)>) -> Vec<(usize, usize)> {
    // `sort_by` is stable, like Python's `sorted`.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut used_i, mut used_j, mut out) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, i, j) in pairs {
        if !used_i.contains(&i) && !used_j.contains(&j) {
            used_i.insert(i);
            used_j.insert(j);
            out.push((i, j));
        }
    }
    out
}

/// `score.py`'s `align_speakers`: predicted speaker id → gold speaker id.
fn align_speakers<'a>(
    gs: &'a [ArticleSpeaker],
    ps: &[&'a ArticleSpeaker],
    pclaims: &[ArticleClaim],
) -> HashMap<&'a Id, &'a Id> {
    let mut pairs = Vec::new();
    for (i, p) in ps.iter().enumerate() {
        // A speaker's sources are among its mentions.
        let sources = pclaims
            .iter()
            .filter(|c| c.speaker.as_ref() == Some(&p.id) && c.source.is_some());
        let mentions: Vec<_> = p
            .mentions
            .iter()
            .copied()
            .chain(sources.map(|c| c.source))
            .collect();
        for (j, g) in gs.iter().enumerate() {
            let mut score = 0.0;
            if names_match(&p.name, &g.name) {
                score += 100.0;
            }
            for &m in &mentions {
                score += g.mentions.iter().filter(|&&n| overlaps(m, n)).count() as f64;
            }
            if score > 0.0 {
                pairs.push((score, i, j));
            }
        }
    }
    // Later entries overwrite earlier ones, as in the Python dict.
    greedy(pairs)
        .into_iter()
        .map(|(i, j)| (&ps[i].id, &gs[j].id))
        .collect()
}

/// `score.py`'s inner `match`: claim pairs with token-Jaccard ≥ 0.5.
fn match_claims(
    words: &Words,
    gold: &[(usize, &ArticleClaim)],
    pred: &[(usize, &ArticleClaim)],
) -> Vec<(usize, usize)> {
    let ptoks: Vec<_> = pred.iter().map(|(_, p)| words.tokens(p.content)).collect();
    let mut pairs = Vec::new();
    for &(j, g) in gold {
        let gt = words.tokens(g.content);
        for (&(i, _), &pt) in pred.iter().zip(&ptoks) {
            let jac = pt.jaccard(gt);
            if jac >= 0.5 {
                pairs.push((jac, i, j));
            }
        }
    }
    greedy(pairs)
}

/// Scores one predicted article against its gold, or a missing prediction.
///
/// `name` labels the result (the gold file's stem); `text` is the gold text.
/// The text check of `score.py` (a prediction carrying another `text`) is the
/// caller's, since only the caller knows the prediction's file.
pub fn score_article(name: &str, text: &str, gold: &Article, pred: Option<&Article>) -> FileScore {
    let words = Words::new(text);
    let notes = Notes {
        text: text.encode_utf16().collect(),
    };
    let gc = &gold.claims;
    let gcc: Vec<_> = gc
        .iter()
        .enumerate()
        .filter(|(_, c)| c.counterclaim)
        .collect();
    let Some(pred) = pred else {
        let counts = Counts {
            gold_claims: gc.len(),
            gold_counterclaims: gcc.len(),
            gold_speakers: if gold.attribution_by == AttributionBy::Speaker {
                gold.speakers.len()
            } else {
                0
            },
            missing: 1,
            ..Counts::default()
        };
        let missed = gc.iter().map(|c| notes.claim(c, &gold.speakers)).collect();
        return FileScore {
            name: name.into(),
            counts,
            missed,
            ..FileScore::default()
        };
    };
    let pc = &pred.claims;
    let by_source = gold.attribution_by == AttributionBy::Source;

    let active: HashSet<&Id> = pc.iter().filter_map(|c| c.speaker.as_ref()).collect();
    let ps: Vec<&ArticleSpeaker> = pred
        .speakers
        .iter()
        .filter(|s| active.contains(&s.id))
        .collect();
    let spk = align_speakers(&gold.speakers, &ps, pc);

    let all_g: Vec<_> = gc.iter().enumerate().collect();
    let all_p: Vec<_> = pc.iter().enumerate().collect();
    let allm = match_claims(&words, &all_g, &all_p);
    let attributed = |p: &ArticleClaim, g: &ArticleClaim| {
        if by_source {
            (g.source.is_none() && p.source.is_none()) || overlaps(p.source, g.source)
        } else {
            (g.speaker.is_none() && p.speaker.is_none())
                || (p.speaker.is_some()
                    && p.speaker.as_ref().and_then(|s| spk.get(s).copied()) == g.speaker.as_ref())
        }
    };
    let attr_ok = allm
        .iter()
        .filter(|&&(i, j)| attributed(&pc[i], &gc[j]))
        .count();
    let g_of_p: HashMap<&Id, &Id> = allm.iter().map(|&(i, j)| (&pc[i].id, &gc[j].id)).collect();

    let pcc: Vec<_> = pc
        .iter()
        .enumerate()
        .filter(|(_, c)| c.counterclaim)
        .collect();
    let ccm = match_claims(&words, &gcc, &pcc);
    let linked = |p: &ArticleClaim, g: &ArticleClaim| {
        (g.counters.is_none() && p.counters.is_none())
            || (p.counters.is_some()
                && p.counters.as_ref().and_then(|c| g_of_p.get(c).copied()) == g.counters.as_ref())
    };
    let link_ok = ccm.iter().filter(|&&(i, j)| linked(&pc[i], &gc[j])).count();

    let mut counts = Counts {
        gold_claims: gc.len(),
        pred_claims: pc.len(),
        matched: allm.len(),
        attributed: attr_ok,
        gold_counterclaims: gcc.len(),
        pred_counterclaims: pcc.len(),
        matched_counterclaims: ccm.len(),
        linked: link_ok,
        gold_speakers: gold.speakers.len(),
        pred_speakers: ps.len(),
        matched_speakers: spk.len(),
        missing: 0,
    };
    if by_source {
        // Such gold marks no speakers and no counterclaims.
        counts.gold_speakers = 0;
        counts.pred_speakers = 0;
        counts.matched_speakers = 0;
        counts.gold_counterclaims = 0;
        counts.pred_counterclaims = 0;
        counts.matched_counterclaims = 0;
        counts.linked = 0;
    }

    // Diagnostics: what a developer needs to see to fix the rules.
    let gold_note = |j: usize| notes.claim(&gc[j], &gold.speakers);
    let pred_note = |i: usize| notes.claim(&pc[i], &pred.speakers);
    let matched_g: HashSet<usize> = allm.iter().map(|&(_, j)| j).collect();
    let matched_p: HashSet<usize> = allm.iter().map(|&(i, _)| i).collect();
    let mut score = FileScore {
        name: name.into(),
        counts,
        missed: (0..gc.len())
            .filter(|j| !matched_g.contains(j))
            .map(gold_note)
            .collect(),
        spurious: (0..pc.len())
            .filter(|i| !matched_p.contains(i))
            .map(pred_note)
            .collect(),
        ..FileScore::default()
    };
    let gold_name = |id: &Id| {
        gold.speakers
            .iter()
            .find(|s| &s.id == id)
            .map_or(id.to_string(), |s| s.name.clone())
    };
    for &(i, j) in allm.iter().filter(|&&(i, j)| !attributed(&pc[i], &gc[j])) {
        let why = if by_source {
            "the predicted source does not overlap the gold source".to_string()
        } else {
            match pc[i].speaker.as_ref().map(|s| spk.get(s)) {
                None => "no predicted speaker".to_string(),
                Some(None) => "the predicted speaker matches no gold speaker".to_string(),
                Some(Some(g)) => format!("the predicted speaker is gold {} ({g})", gold_name(g)),
            }
        };
        score.misattributed.push(Mismatch {
            gold: gold_note(j),
            pred: pred_note(i),
            why,
        });
    }
    if !by_source {
        for &(i, j) in &allm {
            if pc[i].counterclaim != gc[j].counterclaim {
                let why = if gc[j].counterclaim {
                    "gold says counterclaim"
                } else {
                    "gold says claim"
                };
                score.wrong_role.push(Mismatch {
                    gold: gold_note(j),
                    pred: pred_note(i),
                    why: why.into(),
                });
            }
        }
        for &(i, j) in ccm.iter().filter(|&&(i, j)| !linked(&pc[i], &gc[j])) {
            let target = |c: Option<&Id>| c.map_or("nothing".to_string(), |c| c.to_string());
            let pred_target = match pc[i].counters.as_ref() {
                None => "nothing".to_string(),
                Some(c) => match g_of_p.get(c) {
                    Some(g) => format!("{c} (matched to gold {g})"),
                    None => format!("{c} (matched to no gold claim)"),
                },
            };
            let why = format!(
                "gold counters {}, predicted counters {pred_target}",
                target(gc[j].counters.as_ref())
            );
            score.wrong_link.push(Mismatch {
                gold: gold_note(j),
                pred: pred_note(i),
                why,
            });
        }
    }
    score
}

/// Builds [`ClaimNote`]s: the text of a claim's spans, for people to read.
struct Notes {
    text: Vec<u16>,
}

impl Notes {
    fn excerpt(&self, span: Option<Utf16Range>) -> Option<String> {
        let [s, e] = span?;
        let len = self.text.len() as i64;
        let (s, e) = (s.clamp(0, len) as usize, e.clamp(0, len) as usize);
        Some(String::from_utf16_lossy(&self.text[s..e.max(s)]))
    }

    fn claim(&self, c: &ArticleClaim, speakers: &[ArticleSpeaker]) -> ClaimNote {
        ClaimNote {
            id: c.id.to_string(),
            kind: c.kind.clone(),
            counterclaim: c.counterclaim,
            content: self.excerpt(c.content).unwrap_or_default(),
            content_span: c.content,
            source: self.excerpt(c.source),
            cue: self.excerpt(c.cue),
            speaker: c.speaker.as_ref().map(|id| {
                speakers
                    .iter()
                    .find(|s| &s.id == id)
                    .map_or(format!("{id} (undeclared)"), |s| s.name.clone())
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn article(v: serde_json::Value) -> Article {
        Article::from_value(&v).unwrap()
    }

    const TEXT: &str = "Raisi said Gaza was a genocide. Putin said tears come to your eyes. \
                        Critics denied that the talks had failed.";

    fn gold() -> Article {
        article(json!({
            "text": TEXT,
            "speakers": [
                {"id": "s1", "name": "Ebrahim Raisi", "mentions": [[0, 5]]},
                {"id": "s2", "name": "Vladimir Putin", "mentions": [[32, 37]]},
                {"id": "s3", "name": "critics", "mentions": [[68, 75]]}],
            "claims": [
                {"id": "c1", "speaker": "s1", "source": [0, 5], "content": [11, 30]},
                {"id": "c2", "speaker": "s2", "source": [32, 37], "content": [43, 66]},
                {"id": "c3", "speaker": "s3", "role": "counterclaim", "counters": "c1",
                 "source": [68, 75], "content": [88, 108]}]
        }))
    }

    #[test]
    fn names() {
        assert!(names_match("Ebrahim Raisi", "raisi"));
        assert!(names_match("The Kremlin", "kremlin"));
        assert!(names_match("Ms. O'Neil", "ms oneil"));
        assert!(!names_match("Raisi", "Praisi"));
        assert!(!names_match("", ""));
    }

    #[test]
    fn greedy_is_stable_on_ties() {
        assert_eq!(
            greedy(vec![(0.5, 0, 0), (0.5, 1, 0), (1.0, 1, 1)]),
            vec![(1, 1), (0, 0)]
        );
        assert_eq!(greedy(vec![(0.5, 1, 0), (0.5, 0, 0)]), vec![(1, 0)]);
    }

    #[test]
    fn perfect_prediction() {
        let g = gold();
        let s = score_article("t", TEXT, &g, Some(&g));
        let c = s.counts;
        assert_eq!(
            (c.matched, c.attributed, c.matched_counterclaims, c.linked),
            (3, 3, 1, 1)
        );
        assert_eq!(
            (c.gold_speakers, c.pred_speakers, c.matched_speakers),
            (3, 3, 3)
        );
        assert!(s.missed.is_empty() && s.spurious.is_empty() && s.misattributed.is_empty());
    }

    #[test]
    fn misses_spurious_and_misattribution() {
        let pred = article(json!({
            "speakers": [{"id": "a", "name": "Putin", "mentions": []},
                         {"id": "b", "name": "Unused", "mentions": [[0, 5]]}],
            "claims": [
                // Gaza was a genocide — said by "Putin": misattributed.
                {"id": "x1", "speaker": "a", "content": [11, 30], "cue": [6, 10]},
                // Three of c2's five words and one more: Jaccard 3/6 = 0.5 still
                // matches; no speaker.
                {"id": "x2", "speaker": null, "content": [54, 75]},
                // Nothing in gold.
                {"id": "x3", "speaker": "a", "role": "counterclaim", "content": [0, 4]}]
        }));
        let s = score_article("t", TEXT, &gold(), Some(&pred));
        let c = s.counts;
        assert_eq!((c.pred_claims, c.matched, c.attributed), (3, 2, 0));
        assert_eq!((c.pred_speakers, c.matched_speakers), (1, 1)); // "b" is not active
        assert_eq!((c.pred_counterclaims, c.matched_counterclaims), (1, 0));
        assert_eq!(s.missed.len(), 1);
        assert_eq!(s.missed[0].content, "the talks had failed");
        assert_eq!(s.spurious[0].id, "x3");
        assert_eq!(s.misattributed.len(), 2);
        assert_eq!(s.misattributed[0].pred.cue.as_deref(), Some("said"));
        assert!(
            s.misattributed[0].why.contains("Vladimir Putin"),
            "{}",
            s.misattributed[0].why
        );
    }

    #[test]
    fn by_source_and_missing() {
        let mut g = gold();
        g.attribution_by = AttributionBy::Source;
        let mut p = gold();
        p.claims[0].source = Some([2, 9]); // overlaps
        p.claims[1].source = None; // gold has one
        let s = score_article("t", TEXT, &g, Some(&p));
        let c = s.counts;
        assert_eq!(
            (
                c.matched,
                c.attributed,
                c.gold_counterclaims,
                c.gold_speakers
            ),
            (3, 2, 0, 0)
        );
        let m = score_article("t", TEXT, &g, None).counts;
        // score.py counts gold counterclaims of a missing file even here.
        assert_eq!(
            (
                m.missing,
                m.gold_claims,
                m.gold_counterclaims,
                m.gold_speakers
            ),
            (1, 3, 1, 0)
        );
    }

    #[test]
    fn unaligned_speaker_against_null_gold_speaker_counts_as_right() {
        // score.py: spk.get(p) is None == gold None.
        let g = article(json!({"text": TEXT, "claims": [{"id": "c1", "content": [11, 30]}]}));
        let p = article(json!({"claims": [{"id": "c1", "speaker": "zz", "content": [11, 30]}]}));
        assert_eq!(score_article("t", TEXT, &g, Some(&p)).counts.attributed, 1);
    }
}
