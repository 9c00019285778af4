//! The seed article, claim by claim: every gold claim of
//! `tests/corpus/seed-raisi-putin.json` must be found with the right speaker,
//! kind, role and counterclaim link, matched the way `score.py` matches.
//!
//! Nothing here is keyed to offsets: the gold file says what to expect, and
//! the two sentences the issue names are looked up in the gold by their words.
//! Run `cargo test --test seed -- --nocapture` to see every check.

use claimlens::json::{Document, JsonClaim, JsonSpeaker};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::Path;

type Range = [i64; 2];

/// One gold claim, as the corpus file writes it.
struct GoldClaim {
    id: String,
    speaker: Option<String>,
    kind: String,
    role: String,
    content: Range,
    counters: Option<String>,
}

struct GoldSpeaker {
    id: String,
    name: String,
    mentions: Vec<Range>,
}

/// The gold, the text and the engine's prediction, with the matching done.
struct Seed {
    units: Vec<u16>,
    words: Vec<Range>,
    gold_speakers: Vec<GoldSpeaker>,
    gold: Vec<GoldClaim>,
    pred: Document,
    /// Gold claim index -> predicted claim index.
    pred_of_gold: HashMap<usize, usize>,
    /// Predicted speaker id -> gold speaker id (score.py's alignment).
    speaker_of: HashMap<String, String>,
}

fn range(v: &Value) -> Option<Range> {
    let a = v.as_array()?;
    Some([a.first()?.as_i64()?, a.get(1)?.as_i64()?])
}

fn string(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn utf16(span: [u32; 2]) -> Range {
    [span[0] as i64, span[1] as i64]
}

/// Python's `\w` on the characters of this corpus (ASCII and Latin letters).
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `\w+` tokens of the text, as UTF-16 ranges, as score.py finds them.
fn words(text: &str) -> Vec<Range> {
    let (mut out, mut at, mut start) = (Vec::new(), 0i64, None);
    for c in text.chars() {
        match (is_word(c), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                out.push([s, at]);
                start = None;
            }
            _ => {}
        }
        at += c.len_utf16() as i64;
    }
    if let Some(s) = start {
        out.push([s, at]);
    }
    out
}

fn overlaps(a: Range, b: Range) -> bool {
    a[0] < b[1] && b[0] < a[1]
}

/// score.py's `norm`: lower case, word characters and spaces, "the " dropped.
fn norm(name: &str) -> String {
    let n: String = name
        .to_lowercase()
        .chars()
        .filter(|&c| c == ' ' || is_word(c))
        .collect();
    let n = n.trim();
    n.strip_prefix("the ").unwrap_or(n).to_string()
}

/// score.py's `names_match`: equal, or one ends with " " + the other.
fn names_match(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    !a.is_empty()
        && !b.is_empty()
        && (a == b || a.ends_with(&format!(" {b}")) || b.ends_with(&format!(" {a}")))
}

/// score.py's `greedy`: one-to-one, best score first, stable on ties.
fn greedy(mut pairs: Vec<(f64, usize, usize)>) -> Vec<(usize, usize)> {
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

impl Seed {
    fn load() -> Seed {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/seed-raisi-putin.json");
        let raw = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let v: Value = serde_json::from_str(&raw).expect("the seed is valid JSON");
        let text = v["text"].as_str().expect("the seed has a text").to_string();
        let gold_speakers: Vec<GoldSpeaker> = v["speakers"]
            .as_array()
            .expect("gold speakers")
            .iter()
            .map(|s| GoldSpeaker {
                id: string(&s["id"]).expect("speaker id"),
                name: string(&s["name"]).expect("speaker name"),
                mentions: s["mentions"]
                    .as_array()
                    .map(|m| m.iter().filter_map(range).collect())
                    .unwrap_or_default(),
            })
            .collect();
        let gold: Vec<GoldClaim> = v["claims"]
            .as_array()
            .expect("gold claims")
            .iter()
            .map(|c| GoldClaim {
                id: string(&c["id"]).expect("claim id"),
                speaker: string(&c["speaker"]),
                kind: string(&c["kind"]).expect("claim kind"),
                role: string(&c["role"]).unwrap_or_else(|| "claim".into()),
                content: range(&c["content"]).expect("claim content"),
                counters: string(&c["counters"]),
            })
            .collect();
        assert!(!gold.is_empty(), "the seed gold has claims");

        let pred = claimlens::annotate(&text).to_document(&text);
        let mut seed = Seed {
            units: text.encode_utf16().collect(),
            words: words(&text),
            gold_speakers,
            gold,
            pred,
            pred_of_gold: HashMap::new(),
            speaker_of: HashMap::new(),
        };
        seed.match_claims();
        seed.align_speakers();
        seed
    }

    /// Indices of the words a span touches (score.py's `Doc.toks`).
    fn tokens(&self, span: Range) -> HashSet<usize> {
        (0..self.words.len())
            .filter(|&k| self.words[k][0] < span[1] && self.words[k][1] > span[0])
            .collect()
    }

    fn jaccard(&self, a: Range, b: Range) -> f64 {
        let (a, b) = (self.tokens(a), self.tokens(b));
        if a.is_empty() || b.is_empty() {
            return 0.0;
        }
        a.intersection(&b).count() as f64 / a.union(&b).count() as f64
    }

    /// Claims matched by token-Jaccard >= 0.5, one-to-one, best first.
    fn match_claims(&mut self) {
        let mut pairs = Vec::new();
        for (j, g) in self.gold.iter().enumerate() {
            for (i, p) in self.pred.claims.iter().enumerate() {
                let jac = self.jaccard(utf16(p.content), g.content);
                if jac >= 0.5 {
                    pairs.push((jac, i, j));
                }
            }
        }
        self.pred_of_gold = greedy(pairs).into_iter().map(|(i, j)| (j, i)).collect();
    }

    /// score.py's `align_speakers`: a name match weighs 100, each overlap
    /// of a predicted mention (or claim source) with a gold mention 1.
    fn align_speakers(&mut self) {
        let active: HashSet<&str> = self
            .pred
            .claims
            .iter()
            .filter_map(|c| c.speaker.as_deref())
            .collect();
        let ps: Vec<&JsonSpeaker> = self
            .pred
            .speakers
            .iter()
            .filter(|s| active.contains(s.id.as_str()))
            .collect();
        let mut pairs = Vec::new();
        for (i, p) in ps.iter().enumerate() {
            let mentions = self.pred_mentions(p);
            for (j, g) in self.gold_speakers.iter().enumerate() {
                let mut score = if names_match(&p.name, &g.name) {
                    100.0
                } else {
                    0.0
                };
                for &m in &mentions {
                    score += g.mentions.iter().filter(|&&n| overlaps(m, n)).count() as f64;
                }
                if score > 0.0 {
                    pairs.push((score, i, j));
                }
            }
        }
        self.speaker_of = greedy(pairs)
            .into_iter()
            .map(|(i, j)| (ps[i].id.clone(), self.gold_speakers[j].id.clone()))
            .collect();
    }

    /// A predicted speaker's mentions and the sources of its claims.
    fn pred_mentions(&self, p: &JsonSpeaker) -> Vec<Range> {
        let sources = self
            .pred
            .claims
            .iter()
            .filter(|c| c.speaker.as_deref() == Some(p.id.as_str()))
            .filter_map(|c| c.source);
        p.mentions
            .iter()
            .copied()
            .chain(sources)
            .map(utf16)
            .collect()
    }

    fn excerpt(&self, span: Range) -> String {
        let len = self.units.len() as i64;
        let (s, e) = (
            span[0].clamp(0, len) as usize,
            span[1].clamp(0, len) as usize,
        );
        String::from_utf16_lossy(&self.units[s..e.max(s)])
    }

    fn gold_speaker(&self, id: Option<&str>) -> Option<&GoldSpeaker> {
        self.gold_speakers
            .iter()
            .find(|s| Some(s.id.as_str()) == id)
    }

    fn gold_name(&self, id: Option<&str>) -> String {
        self.gold_speaker(id)
            .map_or_else(|| "nobody".into(), |s| s.name.clone())
    }

    fn pred_speaker(&self, c: &JsonClaim) -> Option<&JsonSpeaker> {
        let id = c.speaker.as_deref()?;
        self.pred.speakers.iter().find(|s| s.id == id)
    }

    fn pred_name(&self, c: &JsonClaim) -> String {
        self.pred_speaker(c)
            .map_or_else(|| "nobody".into(), |s| format!("{} ({})", s.name, s.id))
    }

    fn gold_index(&self, id: &str) -> Option<usize> {
        self.gold.iter().position(|g| g.id == id)
    }

    /// The gold claim whose content holds these words.
    fn gold_with(&self, words: &str) -> usize {
        self.gold
            .iter()
            .position(|g| self.excerpt(g.content).contains(words))
            .unwrap_or_else(|| panic!("no gold claim contains {words:?}"))
    }

    /// The prediction matched with gold claim `j`.
    fn matched(&self, j: usize) -> Option<&JsonClaim> {
        self.pred_of_gold.get(&j).map(|&i| &self.pred.claims[i])
    }

    fn kind(c: &JsonClaim) -> String {
        json_name(&c.kind)
    }

    fn role(c: &JsonClaim) -> String {
        json_name(&c.role)
    }

    /// True when the predicted claim's speaker is aligned to the gold one
    /// (or both have none), as score.py counts attribution.
    fn attributed(&self, p: &JsonClaim, g: &GoldClaim) -> bool {
        match (&p.speaker, &g.speaker) {
            (None, None) => true,
            (Some(ps), Some(gs)) => self.speaker_of.get(ps) == Some(gs),
            _ => false,
        }
    }

    /// Every check of one gold claim: `Err` lists what is wrong.
    fn check_claim(&self, j: usize) -> Result<String, Vec<String>> {
        let g = &self.gold[j];
        let Some(p) = self.matched(j) else {
            let near = self
                .pred
                .claims
                .iter()
                .map(|p| (self.jaccard(utf16(p.content), g.content), p))
                .filter(|(jac, _)| *jac > 0.0)
                .max_by(|a, b| a.0.total_cmp(&b.0));
            let hint = match near {
                Some((jac, p)) => format!(
                    "; nearest prediction {} (Jaccard {jac:.2}): {:?}",
                    p.id,
                    self.excerpt(utf16(p.content))
                ),
                None => "; no prediction shares a word with it".into(),
            };
            return Err(vec![format!(
                "not found (no prediction with token-Jaccard >= 0.5){hint}"
            )]);
        };
        let mut wrong = Vec::new();
        if !self.attributed(p, g) {
            let aligned = p
                .speaker
                .as_ref()
                .and_then(|s| self.speaker_of.get(s))
                .map_or("no gold speaker".to_string(), |s| {
                    format!("gold {}", self.gold_name(Some(s)))
                });
            wrong.push(format!(
                "speaker: predicted {} (aligned to {aligned}), gold {}",
                self.pred_name(p),
                self.gold_name(g.speaker.as_deref())
            ));
        }
        if Self::kind(p) != g.kind {
            wrong.push(format!(
                "kind: predicted {}, gold {}",
                Self::kind(p),
                g.kind
            ));
        }
        if Self::role(p) != g.role {
            wrong.push(format!(
                "role: predicted {}, gold {}",
                Self::role(p),
                g.role
            ));
        }
        let want = g.counters.as_deref().map(|t| {
            let target = self
                .gold_index(t)
                .expect("gold counters names a gold claim");
            (t, self.matched(target).map(|m| m.id.as_str()))
        });
        let link_ok = match (want, p.counters.as_deref()) {
            (None, None) => true,
            (Some((_, Some(m))), Some(got)) => m == got,
            _ => false,
        };
        if !link_ok {
            let got = p.counters.as_deref().map_or("nothing".to_string(), |c| {
                let text = self
                    .pred
                    .claims
                    .iter()
                    .find(|x| x.id == c)
                    .map_or(String::new(), |x| self.excerpt(utf16(x.content)));
                format!("{c} {text:?}")
            });
            let expected = match want {
                None => "nothing".to_string(),
                Some((t, Some(m))) => format!("{m} (matched with gold {t})"),
                Some((t, None)) => format!("the match of gold {t}, which was not found"),
            };
            wrong.push(format!("counters: predicted {got}, expected {expected}"));
        }
        if wrong.is_empty() {
            Ok(format!(
                "{} by {}, {}, {}",
                p.id,
                self.pred_name(p),
                Self::kind(p),
                Self::role(p)
            ))
        } else {
            wrong.insert(
                0,
                format!("matched {}: {:?}", p.id, self.excerpt(utf16(p.content))),
            );
            Err(wrong)
        }
    }
}

/// The JSON name of a model enum (`"direct"`, `"counterclaim"`, …).
fn json_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Prints each check and fails, listing the failures, if any failed.
fn report(title: &str, checks: Vec<(String, Result<String, Vec<String>>)>) {
    println!("{title}");
    let mut failed = Vec::new();
    for (name, result) in &checks {
        match result {
            Ok(detail) => println!("  ok    {name}: {detail}"),
            Err(why) => {
                println!("  FAIL  {name}");
                for w in why {
                    println!("          {w}");
                }
                failed.push(format!("{name}: {}", why.join("; ")));
            }
        }
    }
    assert!(
        failed.is_empty(),
        "{title}: {} of {} checks failed:\n  {}",
        failed.len(),
        checks.len(),
        failed.join("\n  ")
    );
}

#[test]
fn every_gold_claim_found_with_speaker_kind_role_and_link() {
    let seed = Seed::load();
    let checks = (0..seed.gold.len())
        .map(|j| {
            let g = &seed.gold[j];
            let name = format!(
                "gold {} ({} {} by {}) {:?}",
                g.id,
                g.kind,
                g.role,
                seed.gold_name(g.speaker.as_deref()),
                seed.excerpt(g.content)
            );
            (name, seed.check_claim(j))
        })
        .collect();
    report("seed-raisi-putin: every gold claim", checks);
}

#[test]
fn western_governments_counter_putins_tears() {
    let seed = Seed::load();
    let j = seed.gold_with("his remarks as hypocritical");
    let g = &seed.gold[j];
    let target = g
        .counters
        .as_deref()
        .and_then(|t| seed.gold_index(t))
        .expect("the gold links the hypocrisy counterclaim to a claim");
    assert!(
        seed.excerpt(seed.gold[target].content)
            .contains("tears come to your eyes"),
        "the gold target of the hypocrisy counterclaim is Putin's tears claim"
    );
    let name = "\"Western governments dubbed his remarks as hypocritical…\" counters Putin's \"tears come to your eyes\"".to_string();
    let result = (|| {
        let p = seed.matched(j).ok_or_else(|| {
            vec![format!(
                "the counterclaim {:?} was not found",
                seed.excerpt(g.content)
            )]
        })?;
        let mut wrong = Vec::new();
        if Seed::role(p) != "counterclaim" {
            wrong.push(format!(
                "{} has role {}, not counterclaim",
                p.id,
                Seed::role(p)
            ));
        }
        if !seed.attributed(p, g) {
            wrong.push(format!(
                "{} is by {}, not {}",
                p.id,
                seed.pred_name(p),
                seed.gold_name(g.speaker.as_deref())
            ));
        }
        match p.counters.as_deref() {
            None => wrong.push(format!("{} counters nothing", p.id)),
            Some(c) => {
                let countered = seed.pred.claims.iter().find(|x| x.id == c);
                let text = countered.map_or(String::new(), |x| seed.excerpt(utf16(x.content)));
                if !text.contains("tears come to your eyes") {
                    wrong.push(format!(
                        "{} counters {c} {text:?}, which is not the \"tears come to your eyes\" claim",
                        p.id
                    ));
                }
                if seed.matched(target).map(|m| m.id.as_str()) != Some(c) {
                    let m = seed
                        .matched(target)
                        .map_or("nothing (gold target not found)".to_string(), |m| {
                            m.id.clone()
                        });
                    wrong.push(format!(
                        "{} counters {c}, but the gold target {} is matched by {m}",
                        p.id, seed.gold[target].id
                    ));
                }
            }
        }
        if wrong.is_empty() {
            Ok(format!(
                "{} counters {}",
                p.id,
                p.counters.as_deref().unwrap_or("-")
            ))
        } else {
            Err(wrong)
        }
    })();
    report(
        "seed-raisi-putin: the hypocrisy counterclaim",
        vec![(name, result)],
    );
}

#[test]
fn even_more_sad_is_raisis_not_putins() {
    let seed = Seed::load();
    let j = seed.gold_with("even more sad");
    let g = &seed.gold[j];
    let raisi = seed
        .gold_speaker(g.speaker.as_deref())
        .expect("the gold names the speaker of \"even more sad\"");
    assert!(raisi.name.contains("Raisi"), "gold: {}", raisi.name);
    let putin = seed
        .gold_speakers
        .iter()
        .find(|s| s.name.contains("Putin"))
        .expect("the gold has Putin");
    let name = format!(
        "\"He said it was \"even more sad\"…\" is {}'s, not {}'s",
        raisi.name, putin.name
    );
    let result = (|| {
        let p = seed.matched(j).ok_or_else(|| {
            vec![format!(
                "the claim {:?} was not found",
                seed.excerpt(g.content)
            )]
        })?;
        let speaker = seed
            .pred_speaker(p)
            .ok_or_else(|| vec![format!("{} has no speaker", p.id)])?;
        let mentions = seed.pred_mentions(speaker);
        let mut wrong = Vec::new();
        let putin_like = names_match(&speaker.name, &putin.name)
            || mentions
                .iter()
                .any(|&m| putin.mentions.iter().any(|&n| overlaps(m, n)));
        if putin_like {
            wrong.push(format!(
                "{} is by {} ({}), who is {}",
                p.id, speaker.name, speaker.id, putin.name
            ));
        }
        if !seed.attributed(p, g) {
            wrong.push(format!(
                "{} is by {} ({}), not aligned to {}",
                p.id, speaker.name, speaker.id, raisi.name
            ));
        }
        if wrong.is_empty() {
            Ok(format!("{} by {} ({})", p.id, speaker.name, speaker.id))
        } else {
            Err(wrong)
        }
    })();
    report("seed-raisi-putin: \"even more sad\"", vec![(name, result)]);
}
