//! Scores per file and over a corpus, printed the way `score.py` prints them.

use super::load::Utf16Range;
use std::fmt;
use std::ops::AddAssign;

/// The counts `score.py`'s `score_doc` returns for one file; they add up over
/// a corpus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold claims (`gc`).
    pub gold_claims: usize,
    /// Predicted claims (`pc`).
    pub pred_claims: usize,
    /// Matched claim pairs (`m`).
    pub matched: usize,
    /// Matched pairs attributed right (`attr_ok`).
    pub attributed: usize,
    /// Gold counterclaims (`gcc`).
    pub gold_counterclaims: usize,
    /// Predicted counterclaims (`pcc`).
    pub pred_counterclaims: usize,
    /// Matched counterclaim pairs (`mcc`).
    pub matched_counterclaims: usize,
    /// Matched counterclaims whose `counters` is right (`link_ok`).
    pub linked: usize,
    /// Gold speakers (`gsp`).
    pub gold_speakers: usize,
    /// Predicted speakers with at least one claim (`psp`).
    pub pred_speakers: usize,
    /// Predicted speakers aligned to a gold speaker (`msp`).
    pub matched_speakers: usize,
    /// 1 when the prediction for the file is missing (`missing`).
    pub missing: usize,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.gold_claims += o.gold_claims;
        self.pred_claims += o.pred_claims;
        self.matched += o.matched;
        self.attributed += o.attributed;
        self.gold_counterclaims += o.gold_counterclaims;
        self.pred_counterclaims += o.pred_counterclaims;
        self.matched_counterclaims += o.matched_counterclaims;
        self.linked += o.linked;
        self.gold_speakers += o.gold_speakers;
        self.pred_speakers += o.pred_speakers;
        self.matched_speakers += o.matched_speakers;
        self.missing += o.missing;
    }
}

/// Precision, recall and F1 from matched, predicted and gold counts, with
/// `score.py`'s conventions for empty sides.
pub fn prf(matched: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let (m, p, g) = (matched as f64, pred as f64, gold as f64);
    let prec = if pred > 0 {
        m / p
    } else if gold == 0 {
        1.0
    } else {
        0.0
    };
    let rec = if gold > 0 { m / g } else { 1.0 };
    let f = if prec + rec != 0.0 {
        2.0 * prec * rec / (prec + rec)
    } else {
        0.0
    };
    (prec, rec, f)
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole > 0 {
        part as f64 / whole as f64
    } else {
        0.0
    }
}

/// A claim as a person needs to see it: its id and the text of its spans.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimNote {
    /// Its id in its file.
    pub id: String,
    /// Its kind as written (may be empty).
    pub kind: String,
    /// True for a counterclaim.
    pub counterclaim: bool,
    /// Its content span, UTF-16.
    pub content_span: Option<Utf16Range>,
    /// The text of its content.
    pub content: String,
    /// The text of its source, if any.
    pub source: Option<String>,
    /// The text of its cue, if any.
    pub cue: Option<String>,
    /// Its speaker's name (or id, when the file does not declare it).
    pub speaker: Option<String>,
}

/// Shortens `s` to `max` characters on one line.
fn shorten(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &one_line[..cut]),
        None => one_line,
    }
}

impl fmt::Display for ClaimNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.id)?;
        let role = if self.counterclaim {
            " counterclaim"
        } else {
            ""
        };
        if !self.kind.is_empty() || self.counterclaim {
            write!(f, " ({}{role})", self.kind.as_str().trim())?;
        }
        write!(f, " by {}", self.speaker.as_deref().unwrap_or("nobody"))?;
        if let Some(s) = &self.source {
            write!(f, ", source \"{}\"", shorten(s, 60))?;
        }
        if let Some(c) = &self.cue {
            write!(f, ", cue \"{}\"", shorten(c, 40))?;
        }
        match self.content_span {
            Some([s, e]) => write!(
                f,
                ", content [{s}, {e}]: \"{}\"",
                shorten(&self.content, 120)
            ),
            None => write!(f, ", no content"),
        }
    }
}

/// A gold claim and the prediction matched with it, which disagree.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mismatch {
    /// The gold claim.
    pub gold: ClaimNote,
    /// The predicted claim matched with it.
    pub pred: ClaimNote,
    /// What is wrong, in words.
    pub why: String,
}

/// The score of one file, with what went wrong in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileScore {
    /// The gold file's stem (its id, in a well-made corpus).
    pub name: String,
    /// The counts `score.py` adds up.
    pub counts: Counts,
    /// Gold claims no prediction matched.
    pub missed: Vec<ClaimNote>,
    /// Predicted claims that matched no gold claim.
    pub spurious: Vec<ClaimNote>,
    /// Matched claims given to the wrong speaker (or, in `attribution_by:
    /// "source"` files, the wrong source).
    pub misattributed: Vec<Mismatch>,
    /// Matched claims whose role (claim or counterclaim) differs from gold.
    pub wrong_role: Vec<Mismatch>,
    /// Matched counterclaims that counter the wrong claim.
    pub wrong_link: Vec<Mismatch>,
}

impl FileScore {
    /// Claim F1 of this file alone.
    pub fn claim_f1(&self) -> f64 {
        prf(
            self.counts.matched,
            self.counts.pred_claims,
            self.counts.gold_claims,
        )
        .2
    }

    /// Attribution accuracy of this file alone (0 when nothing matched).
    pub fn attribution(&self) -> f64 {
        ratio(self.counts.attributed, self.counts.matched)
    }

    /// True when the prediction is missing or anything was missed, spurious,
    /// misattributed, of the wrong role or wrongly linked.
    pub fn has_problems(&self) -> bool {
        self.counts.missing > 0
            || !(self.missed.is_empty()
                && self.spurious.is_empty()
                && self.misattributed.is_empty()
                && self.wrong_role.is_empty()
                && self.wrong_link.is_empty())
    }

    /// Everything that went wrong, one item per line, under the summary line.
    pub fn details(&self) -> Details<'_> {
        Details(self)
    }
}

impl fmt::Display for FileScore {
    /// The line `score.py --per-file` prints for the file.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        write!(
            f,
            "{}: claims {}/{} gold, {} predicted, F1 {:.3}; attribution {}/{}; \
             counterclaims {}/{} gold, {} predicted, links {}",
            self.name,
            c.matched,
            c.gold_claims,
            c.pred_claims,
            self.claim_f1(),
            c.attributed,
            c.matched,
            c.matched_counterclaims,
            c.gold_counterclaims,
            c.pred_counterclaims,
            c.linked
        )
    }
}

/// The diagnostics of one [`FileScore`]; see [`FileScore::details`].
#[derive(Debug, Clone, Copy)]
pub struct Details<'a>(&'a FileScore);

impl fmt::Display for Details<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        writeln!(f, "{s}")?;
        if s.counts.missing > 0 {
            writeln!(f, "  (no prediction for this file)")?;
        }
        for n in &s.missed {
            writeln!(f, "  missed    gold {n}")?;
        }
        for n in &s.spurious {
            writeln!(f, "  spurious  pred {n}")?;
        }
        let groups = [
            ("misattributed", &s.misattributed),
            ("wrong role", &s.wrong_role),
            ("wrong link", &s.wrong_link),
        ];
        for (label, list) in groups {
            for m in list {
                writeln!(f, "  {label}: {}", m.why)?;
                writeln!(f, "      gold {}", m.gold)?;
                writeln!(f, "      pred {}", m.pred)?;
            }
        }
        Ok(())
    }
}

/// One printed figure's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// A count, printed as an integer.
    Count(usize),
    /// A ratio, printed with three decimals.
    Ratio(f64),
}

/// One `name: value` line of the summary.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// The name `score.py` prints (`claim_f1`, `attribution`, …).
    pub name: &'static str,
    /// Its value.
    pub value: Value,
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.value {
            Value::Count(n) => write!(f, "{}: {n}", self.name),
            Value::Ratio(x) => write!(f, "{}: {x:.3}", self.name),
        }
    }
}

/// Figures over a whole corpus. `Display` prints exactly `score.py`'s summary.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    /// The summed counts.
    pub counts: Counts,
    /// How many gold files were scored.
    pub files: usize,
}

impl Totals {
    /// Claim precision, recall and F1.
    pub fn claims(&self) -> (f64, f64, f64) {
        prf(
            self.counts.matched,
            self.counts.pred_claims,
            self.counts.gold_claims,
        )
    }

    /// Claim F1.
    pub fn claim_f1(&self) -> f64 {
        self.claims().2
    }

    /// Share of matched claims attributed right (0 when none matched).
    pub fn attribution(&self) -> f64 {
        ratio(self.counts.attributed, self.counts.matched)
    }

    /// Counterclaim precision, recall and F1.
    pub fn counterclaims(&self) -> (f64, f64, f64) {
        let c = &self.counts;
        prf(
            c.matched_counterclaims,
            c.pred_counterclaims,
            c.gold_counterclaims,
        )
    }

    /// Counterclaim F1.
    pub fn counterclaim_f1(&self) -> f64 {
        self.counterclaims().2
    }

    /// Share of matched counterclaims that counter the right claim.
    pub fn counterclaim_link(&self) -> f64 {
        ratio(self.counts.linked, self.counts.matched_counterclaims)
    }

    /// Speaker precision, recall and F1.
    pub fn speakers(&self) -> (f64, f64, f64) {
        prf(
            self.counts.matched_speakers,
            self.counts.pred_speakers,
            self.counts.gold_speakers,
        )
    }

    /// True when the gold has counterclaims, so they are reported and count
    /// toward `overall`.
    pub fn has_counterclaims(&self) -> bool {
        self.counts.gold_counterclaims > 0
    }

    /// True when the gold has speaker entities, so speakers are reported.
    pub fn has_speakers(&self) -> bool {
        self.counts.gold_speakers > 0
    }

    /// Mean of claim F1, attribution and (when the gold has any) counterclaim F1.
    pub fn overall(&self) -> f64 {
        let mut parts = vec![self.claim_f1(), self.attribution()];
        if self.has_counterclaims() {
            parts.push(self.counterclaim_f1());
        }
        parts.iter().fold(0.0, |a, b| a + b) / parts.len() as f64
    }

    /// The figures `score.py` prints, in its order and under its names.
    pub fn figures(&self) -> Vec<Figure> {
        let c = &self.counts;
        let fig = |name, value| Figure { name, value };
        let (cp, cr, cf) = self.claims();
        let mut out = vec![
            fig("files_missing", Value::Count(c.missing)),
            fig("claims_gold", Value::Count(c.gold_claims)),
            fig("claim_precision", Value::Ratio(cp)),
            fig("claim_recall", Value::Ratio(cr)),
            fig("claim_f1", Value::Ratio(cf)),
            fig("attribution", Value::Ratio(self.attribution())),
        ];
        if self.has_counterclaims() {
            let (kp, kr, kf) = self.counterclaims();
            out.extend([
                fig("counterclaims_gold", Value::Count(c.gold_counterclaims)),
                fig("counterclaim_precision", Value::Ratio(kp)),
                fig("counterclaim_recall", Value::Ratio(kr)),
                fig("counterclaim_f1", Value::Ratio(kf)),
                fig("counterclaim_link", Value::Ratio(self.counterclaim_link())),
            ]);
        }
        if self.has_speakers() {
            let (sp, sr, sf) = self.speakers();
            out.extend([
                fig("speaker_precision", Value::Ratio(sp)),
                fig("speaker_recall", Value::Ratio(sr)),
                fig("speaker_f1", Value::Ratio(sf)),
            ]);
        }
        out.push(fig("overall", Value::Ratio(self.overall())));
        out
    }
}

impl fmt::Display for Totals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for fig in self.figures() {
            writeln!(f, "{fig}")?;
        }
        Ok(())
    }
}

/// The scores of the files of one evaluation, in gold-file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// One score per gold file.
    pub files: Vec<FileScore>,
}

impl Report {
    /// The counts of all files added up.
    pub fn totals(&self) -> Totals {
        let mut counts = Counts::default();
        for f in &self.files {
            counts += f.counts;
        }
        Totals {
            counts,
            files: self.files.len(),
        }
    }

    /// The `n` files with the lowest claim F1, worst first (ties: lower
    /// attribution first, then by name).
    pub fn weakest(&self, n: usize) -> Vec<&FileScore> {
        let mut v: Vec<&FileScore> = self.files.iter().collect();
        v.sort_by(|a, b| {
            a.claim_f1()
                .total_cmp(&b.claim_f1())
                .then(a.attribution().total_cmp(&b.attribution()))
                .then_with(|| a.name.cmp(&b.name))
        });
        v.truncate(n);
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_conventions() {
        assert_eq!(prf(0, 0, 0), (1.0, 1.0, 1.0));
        assert_eq!(prf(0, 0, 3), (0.0, 0.0, 0.0));
        assert_eq!(prf(0, 2, 0), (0.0, 1.0, 0.0));
        assert_eq!(prf(1, 2, 4), (0.5, 0.25, 2.0 * 0.5 * 0.25 / 0.75));
    }

    #[test]
    fn summary_lines_follow_score_py() {
        let counts = Counts {
            gold_claims: 4,
            pred_claims: 2,
            matched: 2,
            attributed: 1,
            ..Counts::default()
        };
        let t = Totals { counts, files: 1 };
        let expected =
            "files_missing: 0\nclaims_gold: 4\nclaim_precision: 1.000\nclaim_recall: 0.500\n\
                        claim_f1: 0.667\nattribution: 0.500\noverall: 0.583\n";
        assert_eq!(t.to_string(), expected);
        let counts = Counts {
            gold_counterclaims: 1,
            gold_speakers: 2,
            ..counts
        };
        let names: Vec<_> = Totals { counts, files: 1 }
            .figures()
            .iter()
            .map(|f| f.name)
            .collect();
        assert_eq!(names.len(), 15);
        assert_eq!(
            names[6..11],
            [
                "counterclaims_gold",
                "counterclaim_precision",
                "counterclaim_recall",
                "counterclaim_f1",
                "counterclaim_link"
            ]
        );
    }

    #[test]
    fn ties_round_half_even_like_python() {
        // 1/16 = 0.0625 exactly; Python prints 0.062.
        let fig = Figure {
            name: "x",
            value: Value::Ratio(1.0 / 16.0),
        };
        assert_eq!(fig.to_string(), "x: 0.062");
    }

    #[test]
    fn weakest_first() {
        let file = |name: &str, m| FileScore {
            name: name.into(),
            counts: Counts {
                gold_claims: 4,
                pred_claims: 4,
                matched: m,
                ..Counts::default()
            },
            ..FileScore::default()
        };
        let r = Report {
            files: vec![file("a", 4), file("b", 1), file("c", 2)],
        };
        let names: Vec<_> = r.weakest(2).iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["b", "c"]);
        assert_eq!(r.totals().counts.matched, 7);
        assert!(r.files[1]
            .to_string()
            .starts_with("b: claims 1/4 gold, 4 predicted, F1 0.250;"));
    }
}
