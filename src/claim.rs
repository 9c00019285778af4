//! Turning cues into claims: where the source stands, where the content
//! starts and ends, and whether it is a direct quote, reported speech or both.
//!
//! Four attribution orders are told apart around each cue:
//! - forward: `X said (that) C`, `X told reporters: "C"`;
//! - trailing: `"C," X said.` and `C, X added.`;
//! - inverted: `"C," said X, a …`;
//! - "according to": `C, according to X.` and `According to X, C.`
//!
//! A quote broken by its attribution (`"A," she said, "B."`) gives two claims;
//! a quote standing alone next to an attributed sentence is given that
//! sentence's speaker.

use crate::article::Article;
use crate::cue::{self, Cue, CueKind};
use crate::lexicon::{self, Frame, Lex, WordList, WordSet};
use crate::model::{ClaimKind, CueCategory};
use crate::span::Span;
use crate::token::Kind;
use std::ops::Range;

/// A claim before its speaker is resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// Tokens of the cue, if any.
    pub cue: Option<Range<usize>>,
    /// What the cue says the speaker did.
    pub category: CueCategory,
    /// Tokens of the source mention.
    pub source: Option<Range<usize>>,
    /// A description of the source in apposition ("its director" in "its
    /// director, Bjørn Aasland, said").
    pub descriptor: Option<Range<usize>>,
    /// The draft whose speaker this one shares: a coordinated verb ("… and
    /// accused"), a participle, the second half of a broken quote, a quote
    /// standing alone.
    pub same_speaker_as: Option<usize>,
    /// Tokens of the content (for a direct claim, inside the marks).
    pub content_tokens: Range<usize>,
    /// Bytes of the content.
    pub content: Span,
    /// Direct, indirect or mixed.
    pub kind: ClaimKind,
    /// The sentence it stands in.
    pub sentence: usize,
    /// The paragraph it stands in.
    pub paragraph: usize,
    /// Introduced by a contrast ("But", "however").
    pub contrast: bool,
    /// How sure the rules are.
    pub confidence: f32,
}

/// Finds every claim in the article, in text order.
pub fn extract(a: &Article) -> Vec<Draft> {
    let mut drafts = Vec::new();
    // The verbs of `passive_report`, by their number in this article: one
    // comparison a token instead of a look at its letters.
    // "The trial is expected to last three weeks" is the writer's own
    // forecast in the contract's conventions; PolNeAR's wide attributions
    // count it.
    let passives: Vec<u32> = PASSIVE_REPORTS
        .iter()
        .filter(|&w| a.wide() || w != "expected")
        .filter_map(|w| a.form_of(w))
        .collect();
    let to = a.form_of("to");
    let mut scratch = Scratch::default();
    for si in 0..a.sentences.len() {
        if !labelled_paragraph(a, si, &mut drafts) {
            let first = drafts.len();
            sentence_claims(a, si, &mut scratch, &mut drafts);
            if let Some(to) = to.filter(|_| !passives.is_empty()) {
                passive_report(a, si, &passives, to, first, &mut drafts);
            }
            one_claim_per_content(&mut drafts, first);
        }
    }
    standalone_quotes(a, &mut drafts);
    drafts
}

/// "Arbogast warned in her report that A": two cues ("warned", "her
/// report") over one content make one claim, the first cue's. Among the
/// drafts from `first` on (one sentence's), a later one with the same
/// content as an earlier one goes, and what pointed at it points at the
/// one kept.
fn one_claim_per_content(drafts: &mut Vec<Draft>, first: usize) {
    let n = drafts.len() - first;
    if n < 2 {
        return;
    }
    // For each draft of the sentence (numbered from `first`), the one it is
    // folded into (itself when kept). The two cues stand close: only the
    // few drafts before are asked, or a sentence of thousands of claims
    // takes the square of their number.
    let mut into: Vec<usize> = (0..n).collect();
    let mut any = false;
    for k in 1..n {
        let d = &drafts[first + k];
        if let Some(j) = (k.saturating_sub(3)..k).find(|&j| {
            let e = &drafts[first + j];
            into[j] == j
                && e.content_tokens == d.content_tokens
                && e.cue.as_ref().map(|c| c.start) < d.cue.as_ref().map(|c| c.start)
        }) {
            into[k] = j;
            any = true;
        }
    }
    if !any {
        return;
    }
    // The new number of each draft kept.
    let mut number = Vec::with_capacity(n);
    let mut kept = 0;
    for (k, &j) in into.iter().enumerate() {
        number.push(first + kept);
        kept += usize::from(j == k);
    }
    // Only the sentence's drafts are moved: a pass over all of them for
    // every sentence would be quadratic in a long article.
    let tail = drafts.split_off(first);
    drafts.extend(
        tail.into_iter()
            .enumerate()
            .filter(|&(k, _)| into[k] == k)
            .map(|(_, d)| d),
    );
    for d in &mut drafts[first..] {
        d.same_speaker_as = d.same_speaker_as.map(|o| {
            if o < first {
                o
            } else {
                number[into[o - first]]
            }
        });
    }
}

/// Joins the pieces of each quote broken by its attribution into one claim
/// whose content runs from the first piece's start to the last piece's end,
/// the attribution between them included: `"A," she said, "B."` is then one
/// claim, not two. This is PolNeAR's convention (one content per
/// attribution); ANNOTATION.md's, and [`extract`]'s, is one claim per piece.
///
/// Pieces are consecutive direct claims with the same cue and source, the
/// cue between them: how [`extract`] writes the second piece of a broken
/// quote, in its sentence or the next; so is a quote continued in the next
/// paragraph (left open at its own paragraph's end, the newspaper
/// convention), which [`extract`] makes a claim of its own. A quote further
/// on that only shares the speaker stays a claim of its own.
pub fn join_broken_quotes(a: &Article, drafts: Vec<Draft>) -> Vec<Draft> {
    // Whether a content ends in a quote left open at its paragraph's end,
    // the convention for one that carries on in the next.
    let runs_on = |p: &Draft| {
        p.content_tokens
            .end
            .checked_sub(1)
            .and_then(|e| a.quote_at(e))
            .is_some_and(|q| q.close.is_none())
    };
    let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
    let mut new_index = Vec::with_capacity(drafts.len());
    for d in drafts {
        // A first piece may be reported words ending in a quote: `Both
        // parties "saw A," said X. "B."`.
        // Claims reported inside the attribution (`"A," said X, who noted
        // that B. "C."`) stand between the pieces without parting them.
        let mut at = kept.len();
        while at > 1 && {
            let n = &kept[at - 1];
            n.kind != ClaimKind::Direct
                && n.sentence == kept[at - 2].sentence
                && n.source.is_some()
                && n.source == kept[at - 2].source
        } {
            at -= 1;
        }
        // So is a quote continued in the next paragraph, which `extract`
        // makes a claim of its own with no source, the same speaker's.
        let last = kept.len().checked_sub(1);
        let continued = d.kind == ClaimKind::Direct
            && d.source.is_none()
            && d.same_speaker_as.map(|o| new_index[o]) == last
            && last.is_some_and(|l| {
                let p = &kept[l];
                p.kind == ClaimKind::Direct
                    && p.cue == d.cue
                    && p.paragraph + 1 == d.paragraph
                    && runs_on(p)
            });
        if continued {
            at = kept.len();
        }
        let piece = kept[..at].last_mut().filter(|p| {
            matches!(p.kind, ClaimKind::Direct | ClaimKind::Mixed)
                && d.kind == ClaimKind::Direct
                && (continued
                    || p.source == d.source
                        && p.cue == d.cue
                        && p.cue.as_ref().is_some_and(|c| {
                            p.content_tokens.end <= c.start && c.end <= d.content_tokens.start
                        }))
        });
        if let Some(p) = piece {
            p.content_tokens.end = d.content_tokens.end;
            p.content = Span::new(p.content.start, d.content.end);
            new_index.push(at - 1);
        } else {
            new_index.push(kept.len());
            kept.push(d);
        }
    }
    for (k, d) in kept.iter_mut().enumerate() {
        // A piece that took its speaker from the next piece now is that piece.
        d.same_speaker_as = d.same_speaker_as.map(|o| new_index[o]).filter(|&o| o != k);
    }
    kept
}

/// Labels that open a paragraph with a colon without naming a speaker,
/// credit lines and teaser words among them ("Contributing: A and B.",
/// "Wow: …").
static NOT_SPEAKER_LABELS: WordSet = WordSet::new(WordList(
    "note notes photo photos video update updated related source sources read watch listen credit \
     caption correction clarification disclosure breaking exclusive analysis opinion editorial \
     live more also see contact email follow share tags topics image images graphic chart map \
     editor's editors warning advertisement sponsored question answer q a full transcript partial \
     text summary background timeline contributing wow boom revealed bombshell",
));

/// A transcript or headline line, "PENCE: Well, look, …" or "Insiders:
/// Trump will rebound": a short name and a colon at the head of a
/// paragraph, the rest of the paragraph being what the named one said.
fn labelled_paragraph(a: &Article, si: usize, out: &mut Vec<Draft>) -> bool {
    let s = &a.sentences[si];
    if si > 0 && a.sentences[si - 1].paragraph == s.paragraph {
        return false;
    }
    let mut i = s.tokens.start;
    let quoted = a.quote_opened_at(i).is_some();
    if quoted {
        i += 1;
    }
    // A headline may name its speaker at length when what follows its
    // colon quotes them: "Gillibrand on the Transcripts: ‘I Think She
    // Will.’", "A Lesson From Loretta Lynch: ‘…’".
    let headline = si == 0;
    let reach = if headline { 13 } else { 5 };
    let Some(colon) = (i..s.tokens.end.min(i + reach)).find(|&j| a.is_mark(j, ":")) else {
        return false;
    };
    // "KUALA LUMPUR: Water bills …": a dateline, split from its paragraph
    // as a sentence of its own (`sentence::split`), names a place.
    if colon + 1 == s.tokens.end
        && a.sentences
            .get(si + 1)
            .is_some_and(|n| n.paragraph == s.paragraph)
    {
        return false;
    }
    let label = i..colon;
    let name_word = |j: usize| {
        a.tokens[j].kind == Kind::Word && a.tokens[j].upper
            || a.tokens[j].kind == Kind::Possessive
            || a.is(j, ".")
    };
    let long = colon >= i + 5 || !label.clone().all(name_word);
    let mut source = label.clone();
    if long {
        // A verb of the lexicon in it is the headline's own cue: "Trump
        // Praises X: ‘…’" is read as any sentence is.
        if !headline || quoted || label.clone().any(|j| a.cue_verb(j).is_some()) {
            return false;
        }
        // The one a lesson or a message is from; else the name before the
        // first word in lower case or preposition ("Sarah Silverman heckles
        // …", "CNN President On Trump").
        if let Some(f) = label.clone().find(|&j| a.is(j, "from")) {
            source.start = f + 1;
        }
        source.end = (source.start..colon)
            .find(|&j| !name_word(j) || a.is_any(j, &["on", "to", "at", "about", "for", "in"]))
            .unwrap_or(colon);
    }
    let words_ok = !source.is_empty()
        && source.clone().all(name_word)
        && !a.lower_is(source.start, |w| {
            NOT_SPEAKER_LABELS.contains(w)
                || a.is_in(source.start, Lex::Determiner)
                || a.is_in(source.start, Lex::NpBreaker)
        })
        && !source
            .clone()
            .any(|j| a.lower_is(j, |w| NOT_SPEAKER_LABELS.contains(w)));
    if !words_ok {
        return false;
    }
    // The content runs to the end of the paragraph.
    let last = a.sentences[si..]
        .iter()
        .take_while(|t| t.paragraph == s.paragraph)
        .last()
        .map_or(s.tokens.end, |t| t.tokens.end);
    let mut e = last;
    while e > colon + 1 && (a.tokens[e - 1].kind == Kind::Quote || a.is_any(e - 1, &[".", ","])) {
        e -= 1;
    }
    let start = colon + 1;
    if (start..e)
        .filter(|&j| a.tokens[j].kind == Kind::Word)
        .count()
        < 3
    {
        return false;
    }
    // "Iowa: Tim Albrecht, Brad Anderson, …": a list of names says nothing.
    let names_only = (start..e).all(|j| {
        let t = &a.tokens[j];
        t.kind == Kind::Word && t.upper || a.is_any(j, &[",", "and", "."])
    });
    if names_only && (start..e).any(|j| a.is(j, ",")) {
        return false;
    }
    // `Senator X: “…”`: a quote that runs to the paragraph's end is the
    // content, inside its marks, as any direct quote's is.
    let whole_quote = a
        .quote_opened_at(start)
        .filter(|q| q.close.is_some_and(|c| c >= e && c < last))
        .map(|q| q.first..q.end);
    let quoted = quoted || whole_quote.is_some();
    let (start, e) = whole_quote.map_or((start, e), |r| (r.start, r.end));
    let content = span_of(a, start..e);
    let mixed = (start..e).any(|j| a.quote_opened_at(j).is_some());
    if long && !quoted && !mixed {
        return false;
    }
    out.push(Draft {
        cue: Some(colon..colon + 1),
        category: CueCategory::Assert,
        source: Some(source),
        descriptor: None,
        same_speaker_as: None,
        content_tokens: start..e,
        content,
        kind: if quoted {
            ClaimKind::Direct
        } else if mixed {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        },
        sentence: si,
        paragraph: s.paragraph,
        contrast: false,
        confidence: 0.7,
    });
    true
}

/// Lists a sentence's cues are worked out in, kept from one sentence to
/// the next: a third of the sentences have cues, and each would make them
/// anew.
#[derive(Default)]
struct Scratch {
    cues: Vec<cue::Cue>,
    starts: Vec<usize>,
    kept: Vec<usize>,
    /// The drafts of one cue: most cues make one or none, and a list of
    /// their own was an allocation each.
    made: Vec<Draft>,
}

fn sentence_claims(a: &Article, si: usize, scratch: &mut Scratch, out: &mut Vec<Draft>) {
    let s = &a.sentences[si];
    let range = s.tokens.clone();
    if is_question(a, range.clone()) {
        return;
    }
    let Scratch {
        cues,
        starts,
        kept,
        made,
    } = scratch;
    cue::find_into(a, range.clone(), cues);
    if cues.is_empty() {
        return;
    }
    // Where each cue's clause begins, so an earlier content stops there.
    starts.clear();
    starts.extend(cues.iter().map(|c| clause_start(a, c, range.clone())));
    // A cue whose clause does not open at a boundary is inside an earlier
    // content ("said that the firm's dispute …"); a participle after a
    // dispute belongs to it ("denied the allegation, saying …").
    kept.clear();
    // Cues passed over as inside an earlier cue's content, with the place of
    // that cue among the kept ones: should it yield nothing ("posted a
    // message saying that …"), the first of them speaks instead.
    let mut shadowed: Vec<(cue::Cue, usize)> = Vec::new();
    for k in 0..cues.len() {
        if let Some(&p) = kept.last() {
            // Claim nouns name their own source: "… on a suggestion by X that …".
            if !matches!(cues[k].kind, CueKind::Noun { .. })
                && !is_boundary(a, starts[k], range.start)
            {
                // Not an infinitive: "appeared to contradict the account".
                if matches!(cues[k].kind, CueKind::Verb(_))
                    && !a.is(cues[k].tokens.start - 1, "to")
                    && !shadowed.last().is_some_and(|&(_, n)| n == kept.len() - 1)
                {
                    shadowed.push((cues[k].clone(), kept.len() - 1));
                }
                continue;
            }
            // After "rejected Tolley's claim that …" the participle goes with
            // the rejection, not with the claim it holds.
            // So does it after "rejected a suggestion by X that …".
            let holder = match kept.len().checked_sub(2).map(|h| kept[h]) {
                Some(h)
                    if matches!(cues[p].kind, CueKind::Noun { .. })
                        && starts[p] == cues[h].tokens.end =>
                {
                    h
                }
                _ => p,
            };
            if absorbs_participle(a, &cues[holder], &cues[k]) {
                continue;
            }
            // "asked if the governor believes …": a cue inside the question.
            if cues[p].verb().is_some_and(|v| lexicon::asks(v.lemma)) {
                if let Some(q) = cue::question_after(a, cues[p].tokens.end, range.end) {
                    if (q..cues[k].tokens.start).all(|j| !a.is_separator(j)) {
                        continue;
                    }
                }
            }
            // "found that research either didn't support or flatly
            // contradicted it": a verb joined by "or" after words of the
            // earlier content shares that content's subject, not the speaker.
            if matches!(cues[k].kind, CueKind::Verb(_)) {
                let i = cues[k].tokens.start;
                // A conjunction after words of the earlier content, with no
                // break before it.
                let joined = skip_modifiers_back(a, i, range.start)
                    .filter(|&b| b > cues[p].tokens.end && !a.is_separator(b - 1));
                if let Some(b) = joined {
                    if a.is_any(b, &["or", "nor"]) {
                        continue;
                    }
                    // "said the company did not recognise it and had found
                    // no record": the past perfect after "and" is the
                    // content's, told in the tense of reported speech; the
                    // speaker's own acts are told in the past ("and added").
                    // So is what `goes_on_after_and` finds: "said travellers
                    // had been offered vouchers and told that …", "said it
                    // had hired 310 and expected to end …".
                    if a.is(b, "and")
                        && ((b + 1..i).any(|j| a.is(j, "had"))
                            || goes_on_after_and(a, cues[p].tokens.end, b))
                    {
                        continue;
                    }
                }
            }
        }
        kept.push(k);
    }
    // The kept cues and their clause starts, moved to the front in place
    // (`kept` is increasing): no copies of the lists.
    for (n, &k) in kept.iter().enumerate() {
        cues.swap(n, k);
        starts[n] = starts[k];
    }
    cues.truncate(kept.len());
    starts.truncate(kept.len());
    let first_new = out.len();
    // Left edge for a content that stands before its cue.
    let mut left = range.start;
    // "hit back on Wednesday, saying …": a verb of dispute with no content
    // of its own makes the participle after it a dispute.
    let mut bare_dispute: Option<(CueCategory, bool)> = None;
    // Whether the cue before was inside the content of the one before it.
    let mut inside = false;
    for (k, c) in cues.iter().enumerate() {
        // A cue inside an earlier content finds its subject there.
        let left_k = if std::mem::take(&mut inside) {
            left.min(starts[k])
        } else {
            left
        };
        // "Graham, who says …, tweeted that …": the next cue's clause opens
        // before this cue (at its subject), so this content ends at that cue.
        // A cue in a clause that the content subordinates ("would resign
        // if the board demanded it") is inside it: the content goes on.
        // So is "rejected Tolley's claim that …": the object of a verb
        // cue that is someone's claim.
        // So is "said the government had ignored warnings from engineers
        // that …": someone's claim as an object inside the content, with no
        // break between.
        let nested = starts.get(k + 1).is_some_and(|&n| {
            subordinated(a, c, n, range.start)
                || matches!(cues[k + 1].kind, CueKind::Noun { .. })
                    && matches!(c.kind, CueKind::Verb(_))
                    && n >= c.tokens.end
                    && (c.tokens.end..n).all(|j| !a.is_separator(j) && !a.in_quote(j))
        });
        inside = nested;
        let next = k + 1 + usize::from(nested);
        let next_start = match starts.get(next) {
            Some(&n) if n <= c.tokens.start => cues[next].tokens.start,
            Some(&n) => n,
            None => range.end,
        };
        made.clear();
        match c.kind {
            CueKind::According => {
                made.extend(according(a, si, c, left_k, range.clone(), next_start))
            }
            CueKind::Noun { possessive } => {
                made.extend(noun_claim(a, si, c, possessive, next_start))
            }
            CueKind::Verb(_) => verb_claims(a, si, c, left_k, range.clone(), next_start, made),
        }
        // "According to the police, the driver told officers …": the
        // content holds the next cue's clause, whose subject is found there.
        if c.kind == CueKind::According
            && cues.get(k + 1).is_some_and(|n| {
                made.iter()
                    .any(|d| d.content_tokens.contains(&n.tokens.start))
            })
        {
            inside = true;
        }
        // `shadowed` is in order of its kept cue, one entry for each at most:
        // searched by halves, or a sentence of thousands of cues takes the
        // square of their number.
        let shadow = shadowed
            .binary_search_by_key(&k, |&(_, n)| n)
            .ok()
            .map(|i| &shadowed[i].0);
        let c = match shadow {
            // (Not inside a call for something or another appeal, which
            // claims nothing and says nothing of what it holds: "called for
            // taxing X at a rate far lower than the one he has proposed",
            // "cited the remarks Trump had made"; but "defended the switch,
            // saying …" says it in the participle.)
            Some(inner)
                if made.is_empty()
                    && (!c.verb().is_some_and(|v| appeals(a, v, c.tokens.end))
                        || inner.verb().is_some_and(|v| v.participle)) =>
            {
                verb_claims(a, si, inner, left_k, range.clone(), next_start, made);
                inner
            }
            _ => c,
        };
        let participle = c.verb().is_some_and(|v| v.participle);
        let inherited = bare_dispute.take().filter(|_| participle);
        if made.is_empty()
            && !participle
            && matches!(
                c.category,
                CueCategory::Deny | CueCategory::Respond | CueCategory::Criticise
            )
        {
            // A plain "responded" answers; "hit back" and "rejected" oppose.
            let opposes = c.category != CueCategory::Respond
                || c.verb().is_some_and(|v| lexicon::is_retort(v.lemma));
            bare_dispute = Some((c.category, opposes));
        }
        for mut d in made.drain(..) {
            if let Some((category, _)) = inherited {
                d.category = category;
            }
            if d.source.is_none() && d.same_speaker_as.is_none() {
                // A cue with no subject of its own shares the last speaker of the sentence.
                if out.len() > first_new {
                    d.same_speaker_as = Some(out.len() - 1);
                    // "X blasted Congress and said …": X is the source of both.
                    d.source = out[out.len() - 1].source.clone();
                } else if let Some(subj) = {
                    let whole = || leading_subject(a, range.clone(), c.tokens.start);
                    match leading_subject(
                        a,
                        clause_of(a, range.clone(), c.tokens.start),
                        c.tokens.start,
                    ) {
                        // "cut its rate, its biggest reduction since 2009,
                        // saying": a phrase set off by commas, with no verb,
                        // gives way to the sentence's subject.
                        Some(cs)
                            if cs.start > range.start
                                && a.is(cs.start - 1, ",")
                                && !has_verb(a, cs.end..c.tokens.start) =>
                        {
                            whole().or(Some(cs))
                        }
                        clause => clause.or_else(whole),
                    }
                }
                .or_else(|| subject_after_opening(a, range.clone(), c, &d))
                {
                    // "Harbury's manager, Steve Okafor, declined to comment,
                    // saying …": the name is the source.
                    match apposed_name(a, &subj, c.tokens.start) {
                        Some(name) => {
                            d.descriptor = Some(subj);
                            d.source = Some(name);
                        }
                        None => d.source = Some(subj),
                    }
                } else {
                    continue;
                }
            }
            // Only a contrast at the head of the cue's own clause counts;
            // "declined to comment, but said …" sets the speaker against
            // nobody but itself.
            let but_said = matches!(c.kind, CueKind::Verb(_))
                && c.tokens.start > range.start + 1
                && a.is(c.tokens.start - 1, "but")
                && a.is(c.tokens.start - 2, ",");
            d.contrast = !matches!(c.kind, CueKind::Noun { .. })
                && !but_said
                && has_contrast(
                    a,
                    starts[k].saturating_sub(1).max(range.start),
                    c.tokens.start,
                );
            // "Not everyone agreed. X warned …": a sentence of doubt with
            // no claim of its own introduces an opposing claim.
            if !d.contrast && k == 0 && si > 0 {
                let prev = &a.sentences[si - 1];
                d.contrast = prev.paragraph + 1 >= s.paragraph
                    && !out.last().is_some_and(|p| p.sentence + 1 >= si)
                    && announces_opposition(a, prev.tokens.clone());
            }
            d.contrast |= inherited.is_some_and(|(_, opposes)| opposes);
            // "The association's claim that A is 'simply wrong', according to
            // X": a claim noun with its owner, the subject of the sentence's
            // verb, is inside what comes before a later attribution.
            let subject_claim = matches!(c.kind, CueKind::Noun { possessive: true })
                && d.source.as_ref().is_some_and(|s| s.start == range.start)
                && d.content_tokens.end < a.tokens.len()
                && a.is_in(d.content_tokens.end, Lex::FiniteAux)
                && !a.in_quote(d.content_tokens.end);
            if !subject_claim {
                left = left.max(d.content_tokens.end).max(c.tokens.end);
            }
            // "An engineer told her the boiler was corroding, she said.":
            // the claims reported inside a content that its attribution
            // follows are part of it (the blind sets mark none of them).
            // They are the last ones made, none of the others' speaker.
            if !a.wide() && d.kind != ClaimKind::Direct && d.content_tokens.end <= c.tokens.start {
                while out.len() > first_new
                    && out.last().is_some_and(|p| {
                        p.cue.as_ref().is_some_and(|pc| {
                            d.content_tokens.start <= pc.start && pc.end <= d.content_tokens.end
                        })
                    })
                {
                    out.pop();
                }
            }
            out.push(d);
        }
    }
}

/// "After saying that her foot was swollen, she was taken to hospital": a
/// participle opening the sentence (alone or after "after", "before",
/// "while", "upon", "by", "since", "when") shares the subject of the clause
/// after its content's comma.
fn subject_after_opening(
    a: &Article,
    range: Range<usize>,
    c: &Cue,
    d: &Draft,
) -> Option<Range<usize>> {
    let v = c.tokens.start;
    let opens = v == range.start
        || v == range.start + 1
            && a.is_any(
                range.start,
                &["after", "before", "while", "upon", "by", "since", "when"],
            );
    // The comma, or a comma inside the closing quote: `was “so swollen,” she`.
    let e = d.content_tokens.end;
    let comma = (e.saturating_sub(1)..range.end.min(e + 2)).find(|&j| {
        a.is(j, ",") && (a.quote_closed_at(j + 1).is_none() || a.in_quote(j))
            || j > 0 && a.quote_closed_at(j).is_some() && a.is(j - 1, ",")
    })?;
    if !opens || !c.verb().is_some_and(|verb| verb.participle) {
        return None;
    }
    if a.is_in(comma + 1, Lex::Pronoun) {
        return Some(comma + 1..comma + 2);
    }
    np_forward(a, comma + 1, range.end)
        .filter(|r| is_name(a, r) || a.is_in(r.start, Lex::Determiner))
        .map(|r| {
            // "After saying A, the governor left the room": the subject ends
            // at the main verb, a word in lower case with its object after it.
            let verb = (r.start + 1..r.end).find(|&j| {
                a.tokens[j].kind == Kind::Word
                    && !a.tokens[j].upper
                    && !a.is_in(j, Lex::NpBreaker)
                    && !a.is_any(j, &["of", "for", "at", "and"])
                    && (a.is_in(j + 1, Lex::Determiner)
                        || a.in_group(j + 1, Lex::ObjectPronoun)
                        || j + 1 == r.end && a.is_any(j + 1, &["out", "up", "off", "away", "back"]))
            });
            r.start..verb.unwrap_or(r.end)
        })
}

/// "called for an inquiry", "calls for X to resign": a call for something,
/// by `verb` in a cue that ends at token `end`.
pub(crate) fn calls_for(a: &Article, verb: lexicon::CueVerb, end: usize) -> bool {
    verb.lemma == "call" && a.is(end, "for")
}

/// "called for an inquiry", "called on the mayor to resign", "urged
/// lawmakers to sustain the veto", "proposed a cap on fees", "asked that
/// his name not be published": an appeal for an act, by `verb` in a cue
/// that ends at token `end`. And "praised the veto", "defended the
/// program", "cited ill health": a thing judged or named. ANNOTATION.md's
/// claims leave them out unless they quote the speaker's words (of the
/// thirteen unquoted proposals, requests, praises, defences and citations
/// the rules found in the blind sets, the annotators marked none); PolNeAR
/// counts them (see `crate::wide`).
pub(crate) fn appeals(a: &Article, verb: lexicon::CueVerb, end: usize) -> bool {
    calls_for(a, verb, end)
        || verb.lemma == "call" && a.is_any(end, &["on", "upon"])
        || verb.lemma == "urge" && !a.is(end, "that")
        || matches!(verb.lemma, "propose" | "ask" | "praise" | "defend" | "cite")
}

/// Whether a quote opens at token `j` with a sentence of its own (its first
/// word capitalised): `…, she said, "Nobody …"`, not `…, "and nobody …"`.
fn quote_opens_sentence(a: &Article, j: usize) -> bool {
    a.quote_opened_at(j).is_some()
        && a.tokens
            .get(j + 1)
            .is_some_and(|t| t.upper && t.kind == Kind::Word)
}

/// Verbs whose passive before an infinitive reports what others expect or say.
const PASSIVE_REPORTS: WordList = WordList("expected said reported rumored rumoured");

/// "The bank is expected to raise rates", "rivals who are said to favour
/// a deal": a passive verb of expecting or reporting before an infinitive
/// reports what unnamed others expect or say. The content is the whole
/// clause, its subject and the verb included; no source is named.
fn passive_report(
    a: &Article,
    si: usize,
    verbs: &[u32],
    to: u32,
    first: usize,
    out: &mut Vec<Draft>,
) {
    let range = a.sentences[si].tokens.clone();
    if range.len() < 4 {
        return;
    }
    let ids = &a.form_ids()[range.start + 1..range.end];
    for (k, pair) in ids.windows(2).enumerate() {
        let v = range.start + 1 + k;
        // "to" after it first: the rarer of the two tests to pass.
        if pair[1] != to
            || !verbs.contains(&pair[0])
            || a.in_quote(v)
            || !cue::infinitive(a, v + 1, range.end)
        {
            continue;
        }
        // The form of "be" before it, over "not" and adverbs: "is not widely expected".
        let mut b = v - 1;
        while b > range.start
            && !a.is_any(b, &["is", "are", "was", "were"])
            && (a.is(b, "not") || a.is_modifier(b))
        {
            b -= 1;
        }
        if !a.is_any(b, &["is", "are", "was", "were"]) {
            continue;
        }
        if out[first..].iter().any(|d| d.content_tokens.contains(&v)) {
            continue;
        }
        // The subject: back to the clause's edge, a relative word included,
        // over an aside set off by commas ("The bank, which cut rates, is").
        let mut s = b;
        if b > range.start + 2 && a.is(b - 1, ",") {
            if let Some(open) = (range.start.max(b.saturating_sub(25))..b - 1)
                .rev()
                .find(|&j| a.is_separator(j))
                .filter(|&j| a.is(j, ",") && a.is_any(j + 1, &["which", "who"]) && j > range.start)
            {
                s = open;
            }
        }
        let b0 = s;
        while s > range.start && b - s < 25 {
            let p = s - 1;
            if a.is_separator(p)
                || a.tokens[p].kind == Kind::Quote
                || a.is_any(
                    p,
                    &[
                        ":", "and", "but", "or", "because", "while", "although", "though", "if",
                        "when", "as", "since", "after", "before", "so",
                    ],
                )
            {
                break;
            }
            s -= 1;
            if a.in_group(s, Lex::Relative) {
                break;
            }
        }
        if s == b0 || b - s >= 25 {
            continue;
        }
        let Some(verb) = a.cue_verb(v) else {
            continue;
        };
        let c = Cue {
            tokens: b..v + 1,
            kind: CueKind::Verb(verb),
            category: verb.category,
        };
        // A relative clause ends at its comma: "…, which is expected to
        // come next week, will …".
        let mut hi = range.end;
        if a.is_any(s, &["which", "who"]) {
            if let Some(j) = (v + 1..range.end).find(|&j| a.is_separator(j) && !a.in_quote(j)) {
                hi = j;
            }
        }
        let e = content_end(a, v, hi);
        if let Some(d) = make(a, si, &c, s..e, None, None, 0.6) {
            out.push(d);
        }
    }
}

/// Whether a sentence announces disagreement with what was said before it:
/// "Not everyone agreed.", "The authority was unmoved.", and, up to 18
/// words, "Professor X of Y is not persuaded by the laboratory." A longer
/// sentence counts only with a word of opposition, not of a split
/// ("Economists were divided over whether …"); "Not everyone in the valley
/// is opposed." doubts the opposition, so brings in a supporter.
fn announces_opposition(a: &Article, sentence: Range<usize>) -> bool {
    let words = sentence
        .clone()
        .filter(|&j| a.tokens[j].kind == Kind::Word)
        .count();
    if words > 18 {
        return false;
    }
    let (mut doubt, mut everyone, mut opposed) = (false, false, false);
    for j in sentence.clone() {
        let Some(w) = a.lowered(j) else { continue };
        everyone |= matches!(w, "everyone" | "everybody");
        opposed |= matches!(
            w,
            "opposed" | "against" | "critical" | "unhappy" | "hostile"
        );
        doubt |= lexicon::is_doubt(w)
            && (words <= 8 || !matches!(w, "divided" | "everyone" | "everybody"))
            && (!lexicon::doubt_needs_context(w)
                || j > sentence.start && a.is(j - 1, "not")
                || a.lower_is(j + 1, |w| {
                    matches!(w, "picture" | "view" | "story" | "account")
                }));
    }
    doubt && !(everyone && opposed)
}

/// True when the clause that opens at `start` is subordinate to the content
/// of cue `c`: it follows an "if", "because" … that joins it to the content
/// without a comma ("would resign if the board demanded it"), or the content
/// opens with such a clause and `start` comes right after its comma ("warned
/// that if the state held up the deal, the company could sue").
fn subordinated(a: &Article, c: &Cue, start: usize, lo: usize) -> bool {
    let subordinator = |j: usize| {
        a.lower_is(j, |w| {
            matches!(
                w,
                "if" | "unless"
                    | "because"
                    | "once"
                    | "although"
                    | "though"
                    | "when"
                    | "until"
                    | "before"
            )
        })
    };
    if start <= lo + 1 || !matches!(c.kind, CueKind::Verb(_)) {
        return false;
    }
    let p = start - 1;
    // A reason goes with what it explains, after a comma too: "said the
    // field held burials, because the dig had found four". (Not a reason
    // that is someone's thought: "…, because he thought it would …".)
    let reason = if a.is(start, ",") { start + 1 } else { start };
    if a.is(reason, "because")
        && reason > c.tokens.end + 1
        && a.is_mark(reason - 1, ",")
        && !a.in_quote(reason)
        && !a.is_in(reason + 1, Lex::Pronoun)
    {
        return true;
    }
    // "before he announced …" is inside the content; "before claiming …"
    // is the speaker's next act.
    if subordinator(p)
        && p > c.tokens.end
        && !a.is_separator(p - 1)
        && !a.in_quote(p)
        && !(a.is(p, "before") && a.lower_is(start, |w| w.ends_with("ing")))
    {
        return true;
    }
    // The clause may open at the subordinator itself: "said the lorries
    // were inspected because soldiers found ammunition". (Not a thought of
    // someone's: "… because they felt the FBI was …", "… though she noted …".)
    if subordinator(start)
        && p > c.tokens.end
        && !a.is_separator(p)
        && !a.in_quote(start)
        && !(a.is_in(start + 1, Lex::Pronoun)
            || a.is(start, "before") && a.lower_is(start + 1, |w| w.ends_with("ing")))
    {
        return true;
    }
    let mut s = c.tokens.end;
    if a.is(s, "that") {
        s += 1;
    }
    // The clause may open at its comma or after it.
    let comma = if a.is(start, ",") { start } else { p };
    // "says despite being an alumna, she plans to …": a phrase put before
    // the content's own clause.
    let fronted = |j: usize| subordinator(j) || a.is(j, "despite");
    fronted(s)
        && a.is(comma, ",")
        && comma > s + 1
        && (s + 1..comma).all(|j| !a.is_separator(j) && !a.in_quote(j) && !a.is(j, "that"))
}

/// True when a clause can open at token `s`: the sentence's start, or after
/// a separator, a closing quote or a conjunction.
fn is_boundary(a: &Article, s: usize, lo: usize) -> bool {
    if s <= lo || a.is_separator(s) || a.is_in(s, Lex::ClauseOpener) && !a.is(s, "that") {
        return true;
    }
    let p = s - 1;
    // A few quoted words in running text go on with it: `said the ad
    // “unmistakably and wrongfully” suggests that …`.
    let phrase = |q: &crate::quote::Quote| {
        is_phrase_quote(a, q)
            && !is_title_quote(a, q)
            && q.open > lo
            && a.tokens[q.open - 1].kind == Kind::Word
            && a.tokens[s].kind == Kind::Word
            && !a.tokens[s].upper
    };
    a.is_separator(p)
        || a.quote_closed_at(p).is_some_and(|q| !phrase(q))
        || a.is_in(p, Lex::ClauseOpener) && !a.is(p, "that")
        || a.is(p, ":")
}

/// "hit back at critics, saying …", "cast doubt on the figures, saying …":
/// "at" names whom the retort answers, "on" what the doubt is cast on, and
/// the words, if any, come with the participle after it.
fn retort_at(a: &Article, c: &Cue) -> bool {
    c.verb().is_some_and(|v| {
        lexicon::is_retort(v.lemma) && a.is_any(c.tokens.end, &["at", "against"])
            || v.lemma == "cast doubt" && a.is_any(c.tokens.end, &["on", "upon", "over"])
    })
}

/// The categories of cue whose participle after them carries on the
/// dispute: "denied the allegation, saying …".
pub(crate) fn disputes_on(c: CueCategory) -> bool {
    matches!(
        c,
        CueCategory::Deny
            | CueCategory::Criticise
            | CueCategory::Accuse
            | CueCategory::Respond
            | CueCategory::Insist
            | CueCategory::Concede
    )
}

/// "denied the allegation, saying …": the participle carries on the dispute;
/// "citing …" carries on any claim, but in PolNeAR's reading (see
/// `crate::wide`), which marks it apart.
/// Not after a bare "hit back on Tuesday, insisting …", where it is the claim.
fn absorbs_participle(a: &Article, prev: &Cue, next: &Cue) -> bool {
    let Some(v) = next.verb() else { return false };
    if retort_at(a, prev) {
        return false;
    }
    // "calling them rapists and vowing to …": a second act, its own claim.
    if crate::cue::and_before(a, next.tokens.start, 0).is_some() {
        return false;
    }
    // "called for ground troops, saying air strikes had failed": a demand,
    // then its reason, a claim of its own.
    let after_time = (prev.tokens.end..next.tokens.start)
        .find(|&j| !a.is_in(j, Lex::TimeWord))
        .unwrap_or(prev.tokens.end);
    if prev.verb().is_some_and(|p| p.lemma == "call") && a.is_any(after_time, &["for", "on"]) {
        return false;
    }
    // "said the vote had been uneven, citing the late opening of …": what
    // is cited is the ground the speaker gave, part of what was said.
    if !v.participle || !(disputes_on(prev.category) || v.lemma == "cite" && !a.wide()) {
        return false;
    }
    let between = prev.tokens.end..next.tokens.start.saturating_sub(1);
    !between.clone().all(|j| {
        a.lower_is(j, |w| {
            a.is_in(j, Lex::CueModifier)
                || a.is_in(j, Lex::TimeWord)
                || matches!(
                    w,
                    "on" | "in" | "at" | "last" | "within" | "hours" | "minutes" | "days"
                )
                // "this week", not "denied this, saying …".
                || w == "this" && a.is_in(j + 1, Lex::TimeWord)
        }) || a.is(j, ",")
    })
}

/// A sentence that asks rather than tells: "Can the mayor find the votes?"
fn is_question(a: &Article, range: Range<usize>) -> bool {
    let last = range.end - 1;
    a.word(last) == "?" && !a.in_quote(last)
}

/// True when the clause of the cue opens with "But" or holds "however".
/// How far back, in tokens, a cue looks for its clause's start.
const LOOK_BACK: usize = 80;

fn has_contrast(a: &Article, from: usize, cue: usize) -> bool {
    let from = from.max(cue.saturating_sub(LOOK_BACK));
    // The text compared inline: the scan runs up to 80 tokens back for
    // every cue, and a semicolon has no case to ignore.
    let lo = (from..cue)
        .rev()
        .find(|&j| a.word(j) == ";")
        .map_or(from, |j| j + 1);
    (lo..cue + 3).any(|j| {
        j < a.tokens.len()
            && !a.in_quote(j)
            && (a.is_in(j, Lex::Contrast)
                && !(a.is(j, "though") && j > lo && a.is(j - 1, "even"))
                // "Yet another said": one more, not a contrast.
                && !(a.is(j, "yet") && a.is(j + 1, "another"))
                || contrastive_while(a, j))
    })
}

/// "Critics say A, while supporters say B": "while" after a comma, before
/// a clause's subject, sets two claims against each other. Not the "while"
/// of time: "while campaigning", "while in office".
// Asked of every token in a cue's clause: `is_word` turns most away by
// their length without a call.
fn contrastive_while(a: &Article, j: usize) -> bool {
    a.is_word(j, "while")
        && j > 0
        && a.is_mark(j - 1, ",")
        && a.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word)
        && !a.lower_is(j + 1, |w| {
            w.ends_with("ing") || w.ends_with("ed") || matches!(w, "in" | "at" | "on" | "still")
        })
}

/// The first token of the clause a cue belongs to.
fn clause_start(a: &Article, c: &Cue, range: Range<usize>) -> usize {
    let lo = range.start;
    match c.kind {
        CueKind::According => {
            // "C, according to X" keeps C before; "According to X, C" starts here.
            if c.tokens.start > lo && a.is(c.tokens.start - 1, ",") {
                c.tokens.start - 1
            } else {
                c.tokens.start
            }
        }
        CueKind::Noun { possessive: true } => {
            noun_owner(a, c.tokens.start, lo).map_or(c.tokens.start, |r| r.start)
        }
        CueKind::Noun { possessive: false } => c.tokens.start,
        CueKind::Verb(v) => {
            let i = c.tokens.start;
            // A relative clause opens at its pronoun: "…, which claims that".
            if let Some(p) = skip_modifiers_back(a, i, lo) {
                if a.is_any(p, &["which", "who"]) {
                    return p;
                }
            }
            // Participles and coordinated verbs: the clause begins at the comma or conjunction.
            let before = skip_modifiers_back(a, i, lo);
            if let Some(b) = before {
                if a.is_any(b, &[",", "and", "but", "by", "while", "—", "–"])
                    || (v.participle && a.is(b, ","))
                {
                    let mut s = b;
                    while s > lo && a.is_any(s - 1, &[",", "and", "but"]) {
                        s -= 1;
                    }
                    // "…, X said" or "X, who …, said": the subject decides,
                    // unless the verb's own subject follows it ("C, said X.").
                    if a.is(b, ",") && !v.participle && !subject_after(a, c, range) {
                        if let Some((src, _)) = subject_before(a, i, lo) {
                            return clause_open(a, src.start, lo);
                        }
                    }
                    return s;
                }
            }
            match subject_before(a, i, lo) {
                Some((src, desc)) => {
                    clause_open(a, desc.map_or(src.start, |d| d.start.min(src.start)), lo)
                }
                None => before.map_or(i, |b| b + 1).min(i),
            }
        }
    }
}

/// Walks back from a subject over the words that join its clause to the one
/// before: ", however,", "and", "but".
fn clause_open(a: &Article, mut s: usize, lo: usize) -> usize {
    while s > lo
        && (a.is_separator(s - 1)
            || a.is_in(s - 1, Lex::Contrast)
            || a.lower_is(s - 1, |w| {
                matches!(
                    w,
                    "and"
                        | "but"
                        | "while"
                        | "whereas"
                        | "as"
                        | "after"
                        | "when"
                        | "because"
                        | "since"
                        | "earlier"
                        | "meanwhile"
                        | "separately"
                        | "later"
                        | "also"
                )
            }))
    {
        s -= 1;
    }
    s
}

/// Index of the nearest token before `i` that is not an adverb, auxiliary or
/// time phrase ("has also said", "on Wednesday dubbed").
fn skip_modifiers_back(a: &Article, i: usize, lo: usize) -> Option<usize> {
    let mut j = i;
    loop {
        if j <= lo {
            return None;
        }
        let p = j - 1;
        if a.is_modifier(p) {
            j = p;
            continue;
        }
        // A bracketed aside after the subject: "Rick Scott (R) said".
        if a.is_mark(p, ")") {
            if let Some(open) = (lo..p).rev().take(8).find(|&k| a.is_mark(k, "(")) {
                j = open;
                continue;
            }
        }
        // "on Wednesday", "on Tuesday night", "last week", "this morning"
        if a.is_in(p, Lex::TimeWord) || a.tokens[p].kind == Kind::Number {
            let mut q = p;
            while q > lo && (a.is_in(q - 1, Lex::TimeWord) || a.tokens[q - 1].kind == Kind::Number)
            {
                q -= 1;
            }
            // (Not the count of people in "six in 10 say".)
            if q > lo
                && a.is_any(
                    q - 1,
                    &[
                        "on", "last", "this", "in", "late", "early", "earlier", "later", "next",
                    ],
                )
                && !(q > lo + 1 && a.is(q - 1, "in") && crate::cue::is_count(a, q - 2))
            {
                j = q - 1;
                continue;
            }
        }
        // "Officials and residents both said", "they all said": a quantifier
        // floated off its plural subject is no part of the speaker's name.
        if p > lo
            && a.is_any(p, &["both", "all", "each"])
            && !a.tokens[p].upper
            && a.tokens[p - 1].kind == Kind::Word
            && (a.tokens[p - 1].upper && !a.is_any(p - 1, &["the", "a", "an", "both", "all"])
                || a.is_any(p - 1, &["they", "we"])
                || a.lower_is(p - 1, plural_form))
        {
            j = p;
            continue;
        }
        // ", however," between subject and verb
        if a.is_mark(p, ",")
            && p >= 2
            && a.lower_is(p - 1, |w| {
                a.is_in(p - 1, Lex::Contrast)
                    || matches!(
                        w,
                        "too"
                            | "meanwhile"
                            | "though"
                            | "instead"
                            | "also"
                            | "separately"
                            | "similarly"
                            | "likewise"
                    )
            })
            && a.is_mark(p - 2, ",")
            && p - 2 > lo
        {
            j = p - 2;
            continue;
        }
        return Some(p);
    }
}

/// Words that open a parenthetical to skip between a subject and its verb:
/// relative clauses, appositions with an article, prepositional asides.
fn opens_parenthetical(a: &Article, i: usize) -> bool {
    a.tokens[i].kind == Kind::Number
        || a.lower_is(i, |w| {
            matches!(
                w,
                "who"
                    | "which"
                    | "whose"
                    | "whom"
                    | "a"
                    | "an"
                    | "the"
                    | "now"
                    | "once"
                    | "during"
                    | "in"
                    | "at"
                    | "on"
                    | "all"
                    | "both"
                    | "speaking"
                    | "like"
                    | "unlike"
                    | "for"
                    | "with"
                    | "after"
                    | "before"
                    | "while"
                    | "when"
                    | "as"
                    | "however"
                    | "too"
                    | "meanwhile"
                    | "though"
                    | "also"
                    | "himself"
                    | "herself"
                    | "itself"
                    | "themselves"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "not"
                    | "no"
                    | "among"
                    | "including"
                    | "despite"
                    | "according"
                    | "from"
                    | "by"
                    | "one"
                    | "herself,"
                    | "then"
                    | "still"
                    | "formerly"
                    | "previously"
                    | "currently"
                    | "long"
                    | "either"
                    | "neither"
                    | "each"
            ) || w.ends_with("ly")
                || a.is_in(i, Lex::Title)
        })
        || !a.tokens[i].upper && a.tokens[i].kind == Kind::Word
}

/// True when tokens `r` form a proper name: capitalised words, possibly after titles.
fn is_name(a: &Article, r: &Range<usize>) -> bool {
    // The particles of people's names ("van", "bin", "binti"), not the
    // words that join a body's ("of", "and", "for", "&").
    let joiner = |j: usize| {
        a.is(j, ".") || a.is_in(j, Lex::NameJoiner) && !a.is_any(j, &["of", "and", "for", "&"])
    };
    let run = r
        .clone()
        .take_while(|&j| a.tokens[j].upper && a.tokens[j].kind == Kind::Word || joiner(j))
        .count();
    // A capitalised run, then at most an "of …" tail: "Andrea Lindholm of the Civic Union".
    !r.is_empty()
        && run >= 1
        && !(a.is_in(r.start, Lex::Determiner) || a.is_in(r.start, Lex::NpBreaker))
        && (run == r.len()
            || run >= 2 && a.is_any(r.start + run, &["of", "from", "at"])
            // "Municipal Employees Local 12": a number ends a body's name.
            || run >= 2
                && run + 1 == r.len()
                && a.tokens[r.start + run].kind == Kind::Number
                && !a.word(r.start + run).contains([',', '.', '%']))
}

/// The subject of the verb at `i`, with a descriptor in apposition if one
/// stands before a name.
fn subject_before(
    a: &Article,
    i: usize,
    lo: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // "A poll released Sunday showed …": the record, not the day.
    if let Some(r) = crate::cue::record_subject(a, i, lo) {
        return np_back(a, r, lo).map(|np| (np, None));
    }
    let mut p = skip_modifiers_back(a, i, lo)?;
    // "McDonald's said", "a spokesman for Sainsbury's said": no noun follows
    // the possessive, so it ends a name of its own. (Right before the verb:
    // a verb after a possessive is a cue only in a form no noun has; see
    // `cue::find_into`.)
    if a.tokens[p].kind == Kind::Possessive && p > lo && p + 1 == i && a.tokens[p - 1].upper {
        return np_back(a, p - 1, lo).map(|r| (r.start..p + 1, None));
    }
    // "the United States, which claims", "critics who say"
    if a.in_group(p, Lex::Relative) && p > lo && !a.is_acronym(p) {
        let mut q = p - 1;
        if a.is(q, ",") && q > lo {
            q -= 1;
        }
        // "Inês Carvalhal, a labour economist at the University of Sant
        // Eloi, who said": "who" is the person the description describes.
        // So is "which" a body's ("the Prairie Forum, a think tank funded
        // by energy companies, which said"), and "that" ("Leakwatch, a
        // campaign group that has long accused"), when the description is
        // of a body: "Ana Ruiz, a spokeswoman for the Acme Corp, which
        // said" is the Acme Corp.
        let describes = |c: usize| {
            a.is(p, "who")
                || (c + 2..(c + 5).min(q + 1))
                    .any(|j| a.is_in(j, Lex::OrgNoun) || a.is_in(j, Lex::GroupNoun))
        };
        if a.is(p, "who") && a.is(p - 1, ",")
            || a.is(p, "which") && a.is(p - 1, ",")
            || a.is(p, "that") && !a.is(p - 1, ",")
        {
            // Within the description's reach: the search must not walk back
            // over a long sentence for every cue in it.
            let comma = (lo.max(q.saturating_sub(14))..q)
                .rev()
                .find(|&j| a.is(j, ",") && !a.in_quote(j));
            // ("the Landsforbund, the national farmers' union, which said":
            // a definite description in lower case describes the name too.)
            let described = |c: usize| {
                a.in_group(c + 1, Lex::IndefiniteArticle)
                    || a.is(c + 1, "the") && a.tokens.get(c + 2).is_some_and(|t| !t.upper)
            };
            if let Some(c) = comma.filter(|&c| c > lo && described(c) && describes(c)) {
                // The name may end a longer noun phrase: "an angry response
                // from Leakwatch, a campaign group that …".
                let named = |n: &Range<usize>| {
                    is_name(a, n) || a.is(n.start, "the") && is_name(a, &(n.start + 1..n.end))
                };
                if let Some(name) = np_back(a, c - 1, lo).and_then(|n| {
                    if named(&n) {
                        return Some(n);
                    }
                    // (Not inside a name: "Democracy for America".)
                    let from = (n.start.max(1)..n.end).rev().find(|&j| {
                        a.is_any(j, &["from", "by", "of", "for", "at", "to"])
                            && !a.tokens[j - 1].upper
                    })?;
                    Some(from + 1..n.end).filter(|n| named(n))
                }) {
                    return Some((name, Some(c + 1..q + 1)));
                }
            }
        }
        // The relative pronoun belongs to the nearest noun: "a matter of
        // concern for the United States, which claims" is the United States.
        return np_back(a, q, lo).map(|r| {
            // … but "Ted Cruz of Texas, who" is one name.
            let cut = (r.start..r.end).rev().find(|&j| {
                a.is_any(j, &["for", "of", "to", "from"])
                    && !(j > r.start && a.tokens[j - 1].upper)
                    && a.tokens
                        .get(j + 1)
                        .is_some_and(|t| t.upper || a.is_word(j + 1, "the"))
            });
            match cut {
                Some(j) if j + 1 < r.end && a.tokens[r.end - 1].upper => (j + 1..r.end, None),
                _ => (r, None),
            }
        });
    }
    // An object pronoun is never the subject; it may end a relative clause
    // whose head is: "sources who reviewed them told POLITICO". After a
    // preposition it ends the subject: "most of them said", "a source
    // close to him said".
    // So may a verb with its object before it: "the chairs that POLITICO
    // interviewed predicted".
    let object_relative = a.word(p).ends_with("ed")
        && !a.tokens[p].upper
        && (lo.max(p.saturating_sub(4))..p.saturating_sub(1))
            .rev()
            .take_while(|&j| a.tokens[j].kind == Kind::Word)
            .any(|j| a.is_any(j, &["that", "whom"]));
    if object_relative
        || a.in_group(p, Lex::ObjectPronoun)
            && !(p > lo
                && a.is_any(
                    p - 1,
                    &["of", "to", "for", "with", "about", "among", "near"],
                ))
    {
        let rel = (lo.max(p.saturating_sub(6))..p)
            .rev()
            .take_while(|&j| !a.is_separator(j))
            .find(|&j| a.is_any(j, &["who", "that"]))
            .filter(|&r| r > lo)?;
        return np_back(a, rel - 1, lo).map(|r| (r, None));
    }
    // Pronoun subject.
    if a.is_in(p, Lex::Pronoun) {
        return Some((p..p + 1, None));
    }
    // "X — no relation to Y — said": skip the dashes.
    if a.is_dash(p) {
        let open = (lo..p).rev().find(|&j| a.is_dash(j))?;
        if open == lo {
            return None;
        }
        p = open - 1;
    }
    if a.is_mark(p, ",") || a.is_mark(p, ";") {
        let found = subject_in_chain(a, p, lo)?;
        // "Musk sues OpenAI, says …": the chain ends in the first verb's
        // object; the second verb shares the first one's subject.
        if found.0.start > lo && verb_between_names(a, found.0.start - 1) {
            return leading_subject(a, lo..p, p).map(|s| (s, None));
        }
        return Some(found);
    }
    // "Two officials who spoke on condition of anonymity said": the head
    // of a relative clause on the subject, not the clause's last words.
    let who = (lo.max(p.saturating_sub(12))..p)
        .rev()
        .take_while(|&j| !a.is_separator(j) && !a.in_quote(j))
        .find(|&j| a.is(j, "who"))
        .filter(|&r| r > lo && a.tokens[r + 1].kind == Kind::Word && !a.tokens[r + 1].upper);
    // Only a subject that opens its clause: in "said some residents who
    // voted complained", the residents are the first verb's content.
    if let Some(np) = who.and_then(|r| np_back(a, r - 1, lo)).filter(|np| {
        np.start == lo
            || a.is_separator(np.start - 1)
            || a.quote_closed_at(np.start - 1).is_some()
            || a.is_any(np.start - 1, &["and", "but", "while", "although", "though"])
    }) {
        return Some((np, None));
    }
    subject_at(a, p, lo)
}

/// The subject of a verb after a chain of comma-separated phrases:
/// "Cecelia Purner, 67, a retired nurse in Allentown, Pa., said",
/// "its director, Bjørn Aasland, said", "X, who leads Y, argued".
/// The chain is read from its left end: the first name or noun phrase is the
/// subject, unless it is a description followed by the name it describes.
fn subject_in_chain(
    a: &Article,
    p: usize,
    lo: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // Segments between commas, right to left, up to a quote, the clause's start or a dash.
    let mut segs: Vec<Range<usize>> = Vec::new();
    let mut close = p;
    let mut skipped = false;
    loop {
        // A quoted title inside a stretch ("whose book "The Price of Rent"
        // made her …") does not end it.
        let open = (lo..close).rev().find(|&j| {
            a.is_separator(j) && !a.in_quote(j)
                || a.quote_closed_at(j).is_some_and(|q| {
                    !((is_title_quote(a, q) || is_phrase_quote(a, q))
                        && q.open > lo
                        && a.tokens[q.open - 1].kind == Kind::Word
                        && j + 1 < close
                        && a.tokens[j + 1].kind == Kind::Word)
                })
        });
        let start = open.map_or(lo, |o| o + 1);
        if start < close {
            segs.push(start..close);
        }
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member,": a bracketed
        // party and state right after a name are passed over.
        let bracket = open
            .filter(|&o| a.is(o, ")") && start == close && o > lo)
            .and_then(|o| {
                (lo.max(o.saturating_sub(8))..o)
                    .rev()
                    .find(|&j| a.is(j, "("))
            });
        if let Some(b) = bracket.filter(|&b| b > lo) {
            close = b;
            skipped = true;
            continue;
        }
        match open {
            Some(o)
                if a.is(o, ",")
                    && o > lo
                    && a.quote_closed_at(o - 1).is_none()
                    && segs.len() < 6 =>
            {
                close = o
            }
            // `Del. Marcia "Cia" Price (D-Va.), shouted`: a name that a quote
            // breaks is read elsewhere, as it was before the bracket was passed.
            Some(o) if skipped && a.quote_closed_at(o).is_some_and(|q| is_title_quote(a, q)) => {
                return None
            }
            _ => break,
        }
    }
    segs.reverse();
    // "However, the official, who …, said": a sentence adverb opening the
    // sentence on its own is no stretch of the subject's.
    if segs.len() > 2
        && segs[0].len() == 1
        && (a.is_in(segs[0].start, Lex::Contrast)
            || a.lower_is(segs[0].start, |w| {
                matches!(
                    w,
                    "meanwhile" | "separately" | "instead" | "still" | "earlier" | "later"
                )
            }))
    {
        segs.remove(0);
    }
    // Words that open a phrase put before or after the subject: "asked
    // about it", "in a statement", "despite the warning".
    let aside_word = |w: &str| {
        matches!(
            w,
            "asked"
                | "speaking"
                | "presenting"
                | "according"
                | "despite"
                | "given"
                | "in"
                | "at"
                | "on"
                | "with"
                | "after"
                | "before"
                | "during"
                | "for"
                | "from"
                | "by"
                | "to"
                | "under"
                | "over"
                | "outside"
                | "inside"
                | "amid"
                | "following"
                | "near"
                | "across"
                | "throughout"
        )
    };
    let starts_aside =
        |r: &Range<usize>| opens_parenthetical(a, r.start) || a.lower_is(r.start, aside_word);
    // "Cross-examining her, the barrister, X, suggested": a participle with
    // its object opens the sentence before the subject; so does one with its
    // place ("Writing in the journal Nature, the team, …, said").
    let participle = |r: &Range<usize>| {
        r.len() >= 2
            && a.word(r.start).ends_with("ing")
            && a.lower_is(r.start + 1, |w| {
                a.is_in(r.start + 1, Lex::Determiner)
                    || matches!(w, "him" | "her" | "them" | "it" | "to" | "about" | "on")
                    || aside_word(w)
            })
    };
    // "when Mr. X, who …,": a clause or comparison opener, whose own
    // subject follows it.
    let clause_opener = |w: &str| matches!(w, "while" | "when" | "as" | "if" | "unlike" | "like");
    let preposition = |r: &Range<usize>| a.lower_is(r.start, |w| aside_word(w) || clause_opener(w));
    // The place of the first stretch that is not an opening aside.
    let mut lead = 0;
    for (k, seg) in segs.iter().enumerate() {
        let name = is_name(a, seg);
        let next = segs.get(k + 1);
        // A description followed by the name it describes: "its director, Bjørn Aasland,".
        if !name && !preposition(seg) {
            // "His union, the Hospitality Workers' Alliance,": a body's name
            // with its article, after a description that names a role or a
            // body (not "Last week, the Commission said").
            let body_named = |n: &Range<usize>| {
                n.len() >= 2
                    && a.is(n.start, "the")
                    && (n.start + 1..n.end).all(|j| {
                        let t = &a.tokens[j];
                        // "the Workers' Alliance": a possessive inside the name.
                        t.upper && t.kind == Kind::Word
                            || (t.kind == Kind::Possessive || a.is_plural_apostrophe(j))
                                && a.tokens.get(j + 1).is_some_and(|u| u.upper)
                                && j + 1 < n.end
                            || a.is_any(j, &["of", "for", "and", "&"]) && j + 1 < n.end
                    })
                    && seg.clone().any(|j| {
                        !a.tokens[j].upper
                            && a.lists(j)
                                & (Lex::Title.bit() | Lex::OrgNoun.bit() | Lex::Spokesperson.bit())
                                != 0
                    })
            };
            // "Its organiser, 15-year-old Kacey Lund,": the name after the age.
            let next = next.map(|n| after_age(a, n));
            let next = next.as_ref();
            if let Some(n) = next.filter(|n| {
                is_name(a, n) || is_titled_name(a, n) || is_described_name(a, n) || body_named(n)
            }) {
                let desc = np_back(a, seg.end - 1, seg.start);
                // "The veto will be overridden, Leader X, R-Ky., said": a
                // stretch with an auxiliary before its last noun is a clause,
                // the content before the speaker, not a description of them.
                let clause = desc.as_ref().is_some_and(|d| {
                    (seg.start..d.start).any(|j| {
                        a.lower_is(j, |w| {
                            a.is_in(j, Lex::FiniteAux) || matches!(w, "be" | "been")
                        })
                    })
                });
                if !clause {
                    return Some((n.clone(), desc));
                }
                continue;
            }
        }
        // "On Wednesday the managing director, Fergus Anstey, told": an
        // opening phrase with no comma of its own ends in the description.
        if k == 0 && !name && preposition(seg) {
            let desc = np_back(a, seg.end - 1, seg.start).filter(|d| {
                d.start > seg.start
                    && a.is_in(d.start, Lex::Determiner)
                    && (d.start + 1..d.end).any(|j| a.is_in(j, Lex::Title))
            });
            if let (Some(desc), Some(n)) = (desc, next.filter(|n| is_name(a, n))) {
                return Some((n.clone(), Some(desc)));
            }
        }
        // Asides before the subject are prepositional; after it, appositions
        // and relative clauses. The subject stands first once the asides
        // that open the sentence are passed ("In the journal, the team, led
        // by X, said").
        // Only a phrase of place or manner is passed for the subject after
        // it: "when Mr. X, who …," holds its subject, and a name further on
        // ("In an article on the website, the Paper, …, Shen Xincheng, a
        // student, urged") is the subject rather than the phrase's noun.
        let aside = if k == 0 {
            preposition(seg) || participle(seg) && segs.len() > 1
        } else if k == lead {
            !a.is_in(seg.start, Lex::Determiner) && starts_aside(seg)
                || segs[k + 1..].iter().any(|n| {
                    let t = &a.tokens[n.start];
                    t.upper && t.kind == Kind::Word && !a.is_in(n.start, Lex::Determiner)
                })
        } else {
            starts_aside(seg)
        };
        if !name && aside {
            if k == lead
                && (preposition(seg) || participle(seg))
                && !a.lower_is(seg.start, clause_opener)
            {
                lead += 1;
            }
            continue;
        }
        // "C, his top aide, X, told Y": a first stretch whose noun phrase is
        // only its tail, or none at all ("… from May"), is a clause, the
        // content before the speaker; so is one before a description and
        // the name it describes ("Sales fell, its chief executive, X, said").
        let described_after = || {
            segs.len() > k + 2
                && is_name(a, &segs[segs.len() - 1])
                && a.lower_is(segs[segs.len() - 2].start, |w| {
                    matches!(
                        w,
                        "the" | "its" | "his" | "her" | "their" | "our" | "a" | "an"
                    )
                })
        };
        // "The player whose brother owns the firm, a back-rower, said": a
        // relative clause on the stretch's first noun phrase ends in
        // another noun, which is not the subject.
        let headed = (seg.start + 1..seg.end.saturating_sub(2))
            .find(|&j| a.is_any(j, &["whose", "who"]))
            .and_then(|r| np_back(a, r - 1, seg.start))
            .filter(|h| h.start == seg.start && h.len() <= 4);
        let Some(np) = headed.or_else(|| np_back(a, seg.end - 1, seg.start)) else {
            if k == 0 && segs.len() > 2 {
                continue;
            }
            return None;
        };
        if k == 0 && segs.len() > 2 && (np.start > seg.start + 3 || !name && described_after()) {
            continue;
        }
        // "A senior official at the agency, who …,": the one who works
        // there, not the body after "at".
        let at = if a.is(np.start, "at") {
            np.start
        } else {
            np.start.saturating_sub(1)
        };
        let np = if np.start > seg.start
            && a.is(at, "at")
            && a.in_group(seg.start, Lex::IndefiniteArticle)
            && (seg.start + 1..at).all(|j| a.tokens[j].kind == Kind::Word && !a.tokens[j].upper)
        {
            seg.start..np.end
        } else {
            np
        };
        // "One of the suppliers, the Redwater Dairy Cooperative, said": a
        // description in lower case, then the body's name after its "the".
        if let Some(n) = next.filter(|n| {
            a.is(n.start, "the")
                && n.end > n.start + 1
                && is_name(a, &(n.start + 1..n.end))
                && (np.start + 1..np.end).all(|j| !a.tokens[j].upper)
                && !is_name(a, &np)
        }) {
            return Some((n.clone(), Some(np)));
        }
        let desc = next
            .filter(|n| a.lower_is(n.start, |w| matches!(w, "a" | "an" | "the")))
            .cloned();
        return Some((np, desc));
    }
    None
}

fn subject_at(a: &Article, p: usize, lo: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    if a.is_in(p, Lex::Pronoun) {
        return Some((p..p + 1, None));
    }
    let r = np_back(a, p, lo)?;
    // "One of the doctors who signed the letter called Oz a quack": the
    // object of a relative clause is not the subject; its head is.
    if r.start >= lo + 3
        && a.tokens[r.start - 1].kind == Kind::Word
        && !a.tokens[r.start - 1].upper
        && !a.is_in(r.start - 1, Lex::NpBreaker)
        && a.is_any(r.start - 2, &["who", "that"])
    {
        if let Some(head) = np_back(a, r.start - 3, lo) {
            return Some((head, None));
        }
    }
    // "the owner of a store that has been in the family since 1962 said":
    // a longer relative clause, opened by an auxiliary, ends in a noun of
    // its own; the subject is the noun phrase it hangs on.
    let back = lo.max(r.start.saturating_sub(16));
    if let Some(w) = (back..r.start.saturating_sub(2))
        .rev()
        .find(|&j| a.is_any(j, &["who", "that"]))
        .filter(|&w| {
            w > lo
                && a.is_in(w + 1, Lex::FiniteAux)
                // Not when a clause of its own comes in ("… when critics
                // know", "… as writers suggested"). Not `Lex::ClauseOpener`,
                // whose "since" and "after" also open times ("since 1962").
                && (w + 1..r.start).all(|j| {
                    !a.is_separator(j)
                        && !a.in_quote(j)
                        && !a.is_any(
                            j,
                            &[
                                "when", "as", "if", "because", "while", "where", "whether",
                                "now", "that", "who", "which", "and", "but",
                            ],
                        )
                })
        })
    {
        if let Some(head) = np_back(a, w - 1, lo).filter(|h| h.end == w) {
            return Some((head, None));
        }
    }
    Some((r, None))
}

/// "Musk sues OpenAI": a lower-case present-tense verb between two names,
/// which no noun phrase crosses.
fn verb_between_names(a: &Article, j: usize) -> bool {
    let t = &a.tokens[j];
    t.kind == Kind::Word
        && !t.upper
        && j > 0
        && a.tokens[j - 1].upper
        && a.tokens[j - 1].kind == Kind::Word
        && a.tokens
            .get(j + 1)
            .is_some_and(|n| n.upper && n.kind == Kind::Word)
        && a.word(j).ends_with('s')
        && !a.word(j).ends_with("ss")
        && !a.is_in(j, Lex::GroupNoun)
        && !a.is_in(j, Lex::Title)
        && !a.is_in(j, Lex::OrgNoun)
}

/// The noun phrase that ends at token `end`, scanning back no further than `lo`.
pub fn np_back(a: &Article, end: usize, lo: usize) -> Option<Range<usize>> {
    let ok = |j: usize| -> bool {
        let t = &a.tokens[j];
        if a.in_quote(j) {
            return false;
        }
        match t.kind {
            Kind::Word if surname_like_a_function_word(a, j) => true,
            Kind::Word if verb_between_names(a, j) => false,
            Kind::Word if a.is_acronym(j) => true,
            // The lists a word's form is in are remembered per form.
            Kind::Word => {
                !(a.is_in(j, Lex::NpBreaker)
                    || a.lower_is(j, |w| {
                        matches!(w, "and" | "of" | "for" | "at")
                            || a.cue_verb(j).is_some_and(|v| {
                                !t.upper
                                    && v.lemma != "report"
                                    && !matches!(
                                        w,
                                        "post"
                                            | "posts"
                                            | "note"
                                            | "notes"
                                            | "tweet"
                                            | "tweets"
                                            | "times"
                                            | "report"
                                            | "charge"
                                            | "fear"
                                            | "hope"
                                            | "doubt"
                                            | "state"
                                            | "reports"
                                            | "states"
                                            // "the ruling party"
                                            | "ruling"
                                    )
                            })
                    }))
            }
            Kind::Possessive => true,
            // The apostrophe of a plural possessive: "the Retailers' Association".
            Kind::Quote => a.is_plural_apostrophe(j),
            Kind::Number => !a.word(j).contains(['-', '/', ':']),
            // "26% say": a share of people.
            _ if a.is_mark(j, "%") => j > 0 && a.tokens[j - 1].kind == Kind::Number,
            _ => matches!(a.word(j), "&" | "-" | "."),
        }
    };
    if end < lo || !ok(end) || matches!(a.tokens[end].kind, Kind::Possessive | Kind::Quote) {
        return None;
    }
    let mut s = end;
    while s > lo {
        let j = s - 1;
        // A determiner opens its phrase: in "a charge her officials" the
        // phrase is "her officials".
        // Asked only of a token that can join the phrase.
        // (A count after a definite one does not: "the two officials".)
        let definite_count = || {
            crate::cue::is_count(a, s)
                && a.is_any(
                    j,
                    &["the", "these", "those", "its", "their", "his", "her", "our"],
                )
        };
        let opened = || {
            a.is_in(s, Lex::Determiner)
                && !a.is_any(s, &["all", "both", "half"])
                && !a.tokens[s].upper
                && !definite_count()
        };
        let quantifier = || a.lower_is(j, |w| matches!(w, "all" | "both" | "half"));
        if ok(j) && !(opened() && a.tokens[j].kind == Kind::Word && !quantifier()) {
            s = j;
        } else if j > lo
            && (a.is(j, "in") && crate::cue::is_count(a, j - 1) && crate::cue::is_count(a, j + 1)
                || a.is(j, "but") && a.is(j - 1, "all") && crate::cue::is_count(a, j + 1))
        {
            // "one in four", "all but two": a count of people.
            s = j;
        } else if j > lo && j < end && complement_at(a, j)
            // "a senior lecturer in modern languages", "a nurse on the
            // ward": a person's role in a field or a place, all in lower case.
            || j > lo
                && j < end
                && a.is_any(j, &["in", "on"])
                && !a.tokens[j - 1].upper
                && a.is_in(j - 1, Lex::PersonTitle)
                && (j + 1..=end).all(|k| !a.tokens[k].upper)
        {
            // "officials in Kenya", "Republicans in Congress", "a person
            // familiar with the matter", "sources close to the family"
            s = j;
        } else if a.is_any(j, &["of", "for", "at", "and"]) && j > lo && ok(j - 1) && j < end {
            // "Chamber of Commerce", "spokesperson for the company", "Transport and Dock Workers Union"
            // "…, teachers and union officials told POLITICO": two groups
            // joined as one subject, right after a separator.
            let groups = a.is_in(j - 1, Lex::GroupNoun)
                && a.is_in(end, Lex::GroupNoun)
                && (j - 1 == lo || a.is_separator(j - 2));
            if a.is(j, "and") && !(a.tokens[j + 1].upper && a.tokens[j - 1].upper) && !groups {
                break;
            }
            // "a professor at Yale", "nurses at the city hospital", but not
            // a place after other words ("the crowd at the rally").
            if a.is(j, "at") && !a.tokens[j + 1].upper && !role_before(a, j, lo) {
                break;
            }
            s = j;
        } else if j > lo
            && j < end
            && a.tokens[j].kind == Kind::Word
            && !a.tokens[j].upper
            && (!a.tokens[j - 1].upper || j - 1 == lo)
            && a.word(j).ends_with("ing")
            && a.cue_verb(j).is_none()
            && a.is_in(j + 1, Lex::Determiner)
            && (a.is_in(j - 1, Lex::Title) || a.is_in(j - 1, Lex::GroupNoun))
        {
            // "counsel assisting the coroner", "lawyers representing the
            // family": a role and the one it serves.
            s = j;
        } else if j > lo && j < end && places_workplace(a, j, lo) {
            s = j;
        } else if a.is(j, "on") && j > lo && j < end && a.is_in(j - 1, Lex::Spokesperson) {
            // "the opposition's spokesman on transport": a portfolio.
            s = j;
        } else {
            break;
        }
        if end - s > 12 {
            break;
        }
    }
    // Leading conjunctions and adverbs are not part of the phrase, nor a
    // participle after a comma whose object it is: "…, angering drivers
    // who say …" (but "restructuring experts" is one phrase).
    while s < end
        && a.lower_is(s, |w| {
            matches!(w, "and" | "of" | "for" | "at")
                || (w.ends_with("ly") && w.len() > 4 && !a.tokens[s].upper)
                || (w.ends_with("ing")
                    && w.len() > 5
                    && !a.tokens[s].upper
                    && s > 0
                    && a.is(s - 1, ","))
        })
    {
        s += 1;
    }
    // "At least half of voters", "Nearly a third of teachers", "More than
    // 200 residents": what qualifies a count is part of the phrase.
    if s > lo && (crate::cue::is_count(a, s) || a.is_any(s, &["half", "a", "least", "most"])) {
        if a.is_any(s, &["least", "most"]) {
            s -= usize::from(a.is(s - 1, "at"));
        } else if a.is_any(
            s - 1,
            &[
                "nearly", "almost", "about", "around", "roughly", "over", "just", "only",
            ],
        ) {
            s -= 1;
        } else if s > lo + 1
            && (a.is(s - 1, "than") && a.is_any(s - 2, &["more", "fewer", "less"])
                || a.is(s - 1, "to") && a.is(s - 2, "up"))
        {
            s -= 2;
        }
    }
    // A long phrase that grew over a clause: keep its tail from the last capital run or determiner.
    if end + 1 - s > 11 {
        let t = (s..=end)
            .rev()
            .find(|&j| a.is_in(j, Lex::Determiner) && !a.tokens[j].upper)
            .unwrap_or(end.saturating_sub(4).max(s));
        s = t;
    }
    (s <= end).then_some(s..end + 1)
}

/// True when the preposition at `j` (not the first token) opens a phrase
/// inside the noun phrase before it: "a person close to the campaign",
/// "an adviser to the governor", "officials in Kenya", "Republicans on the
/// committee". A group noun keeps a place only when the place is named or
/// definite, so "officials in a statement" stays an adjunct.
fn complement_at(a: &Article, j: usize) -> bool {
    let Some(prep) = a.lowered(j) else {
        return false;
    };
    a.lower_is(j - 1, |head| lexicon::takes_complement(head, prep))
        // "the group behind the attack", "the company behind the app"
        || prep == "behind"
            && (a.is_in(j - 1, Lex::GroupNoun)
                || a.is_in(j - 1, Lex::OrgNoun)
                || a.lower_is(j - 1, |w| matches!(w, "group" | "company" | "firm" | "people")))
        || matches!(
            prep,
            "in" | "on" | "from" | "across" | "near" | "along" | "around"
        ) && (a.is_in(j - 1, Lex::GroupNoun) || body_placed(a, j))
            && (a.tokens.get(j + 1).is_some_and(|t| t.upper)
                || a.is(j + 1, "the") && a.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Word)
                // "residents in both towns", "majorities in all five states"
                || a.is_any(j + 1, &["all", "both", "each", "every", "most", "several"])
                    && a.tokens.get(j + 2).is_some_and(|t| t.kind != Kind::Punct))
}

/// Whether a title or a group stands right before token `k` (`k > lo`),
/// or before an "of" phrase of one word there: "a professor at",
/// "nurses at", "a head of maths at".
fn role_before(a: &Article, k: usize, lo: usize) -> bool {
    // "a worker at the plant": one of a group ("workers") too.
    let one_of_group = |j: usize| {
        !a.tokens[j].upper
            && a.with_lower(j, |w| {
                w.len() > 3 && !w.ends_with('s') && lexicon::is_group_noun(&format!("{w}s"))
            })
    };
    let role =
        |j: usize| a.lists(j) & (Lex::GroupNoun.bit() | Lex::Title.bit()) != 0 || one_of_group(j);
    role(k - 1) || k >= lo + 3 && a.is(k - 2, "of") && role(k - 3)
}

/// "A head of maths at a comprehensive in Redbury", "volunteers at a
/// similar hub in neighbouring Aldermoor": token `j` is an "in" that places
/// where a titled person or a group works, named after "at", "of" or
/// "from" in lower-case words just before; the place goes with the phrase,
/// which is not the place alone.
pub(crate) fn places_workplace(a: &Article, j: usize, lo: usize) -> bool {
    let word = |k: usize| a.tokens.get(k).is_some_and(|t| t.kind == Kind::Word);
    a.is(j, "in")
        && word(j - 1)
        && !a.tokens[j - 1].upper
        && word(j + 1)
        && (a.tokens[j + 1].upper || word(j + 2) && a.tokens[j + 2].upper)
        && (lo.max(j.saturating_sub(8))..j - 1)
            .rev()
            .take_while(|&k| word(k) && !a.tokens[k].upper)
            .any(|k| k > lo && a.is_any(k, &["at", "of", "from"]) && role_before(a, k, lo))
}

/// "the Dutch embassy in Paris", "a spokeswoman in Brussels": token `j`
/// is an "in" that places a body or a voice (`j > 0`), as "officials in
/// Kenya" places a group.
pub(crate) fn body_placed(a: &Article, j: usize) -> bool {
    a.is(j, "in")
        && a.lists(j - 1) & (Lex::OrgNoun.bit() | Lex::Spokesperson.bit()) != 0
        // "the Refugee Council in Britain": a body's name ends in its noun
        // too, as a street's or a county's does not ("Main Street in …").
        && (!a.tokens[j - 1].upper
            || j >= 2
                && a.tokens[j - 2].upper
                // A place, not a time: "at New York University in July".
                && !a.is_in(j + 1, Lex::TimeWord)
                && !a.is_in(j - 1, Lex::PlaceNoun))
}

/// A name after "the" and its title or kind: "the Rev Alan Pritchard",
/// "the insurer Valmont Assurance", "the businessman Vincent Dray".
fn is_described_name(a: &Article, r: &Range<usize>) -> bool {
    if !(r.len() >= 2 && a.is_word(r.start, "the")) {
        return false;
    }
    let mut s = r.start + 1;
    // Lower-case words of kind ("insurer", "folk singer"), or a capitalised
    // title ("Rev", "Dr").
    while s < r.end
        && a.tokens[s].kind == Kind::Word
        && (a.is_in(s, Lex::Title)
            || a.is_in(s, Lex::OrgNoun)
            // "the European ambassador Henrik Solberg-Lund": a capitalised
            // word of origin before a lower-case title.
            || s == r.start + 1
                && s + 1 < r.end
                && !a.tokens[s + 1].upper
                && a.is_in(s + 1, Lex::Title)
            // "the Nairobi-based weekly The Rift Observer": a capitalised
            // place in a compound that says where a body is or who owns it.
            || a.lower_is(s, |w| {
                w.len() > 7 && ["-based", "-owned", "-listed"].iter().any(|e| w.ends_with(e))
            })
            || !a.tokens[s].upper
                && a.cue_verb(s).is_none()
                && !a.is_in(s, Lex::Relative)
                // "the director of the FBI" is a description, not a name.
                && !a.is_any(s, &["of", "for", "at", "in", "on", "to", "and", "with", "from", "by"]))
        && s - r.start <= 3
    {
        s += 1;
    }
    // (A newspaper's name may open with its own "The".)
    let s = s + usize::from(s + 1 < r.end && a.tokens[s].upper && a.is(s, "the"));
    s > r.start + 1 && s < r.end && is_name(a, &(s..r.end))
}

/// "parent governor Fiona Gallagher": lower-case words, a title among
/// them, then a name to the end. So is an occupation in place of the title
/// ("retired dairy farmer Graham Kells"): a noun whose plural names a
/// group of people ("farmers").
fn is_titled_name(a: &Article, r: &Range<usize>) -> bool {
    let lower = r
        .clone()
        .take_while(|&j| a.tokens[j].kind == Kind::Word && !a.tokens[j].upper)
        .count();
    // "senior adviser X", and "state Del. X": a capitalised title with its dot.
    let k = r.start + lower;
    let occupation = || {
        a.lower_is(k - 1, |w| {
            let mut plural = String::with_capacity(w.len() + 1);
            plural.push_str(w);
            plural.push('s');
            lexicon::is_group_noun(&plural)
        })
    };
    lower > 0
        && lower < 4
        && ((r.start..k).any(|j| a.is_in(j, Lex::Title))
            || k + 1 < r.end && (a.is_in(k, Lex::Title) || a.is(k + 1, "."))
            || occupation())
        && !a.is_in(r.start, Lex::Determiner)
        // "led by Dr X": a participle and its agent, not a title.
        && !(r.start..k).any(|j| a.is_any(j, &["by", "of", "for", "with", "from", "to"]))
        && is_name(a, &(r.start + lower..r.end))
}

/// The name in apposition after a described source ending at `src.end`:
/// "the study's lead author, Dr Tobias Renwick," and "a lawyer for the
/// family, Helen Okafor." The description opens with a determiner or a
/// possessive, names a role ("author", "lawyer") and is not itself a name;
/// the name ends its clause.
fn apposed_name(a: &Article, src: &Range<usize>, hi: usize) -> Option<Range<usize>> {
    let described = (a.is_in(src.start, Lex::Determiner) && !is_name(a, src)
        || (src.start..src.end).any(|j| a.tokens[j].kind == Kind::Possessive))
        && ((src.start..src.end).any(|j| !a.tokens[j].upper && a.is_in(j, Lex::Title))
            // "its operator, Norbeck Line": a body, but not a document ("the
            // inquiry report, Daniel Moss, …" is the report's subject).
            // "its duty forecaster, Hamid Rostami": any role a name follows.
            || src.end > src.start
                && !a.tokens[src.end - 1].upper
                && a.tokens[src.end - 1].kind == Kind::Word
                && !a.with_lower(src.end - 1, lexicon::is_document_noun));
    // "the charity's medical coordinator in Kavrin, Dr Ana Ferro,": a place
    // after the role is part of the description.
    let mut comma = src.end;
    if a.is_any(comma, &["in", "at"]) {
        let mut j = comma + 1;
        while j < hi.min(comma + 5) && a.tokens[j].upper && a.tokens[j].kind == Kind::Word {
            j += 1;
        }
        if j > comma + 1 {
            comma = j;
        }
    }
    if !described || !a.is(comma, ",") {
        return None;
    }
    let start = comma + 1;
    let stop = |j: usize| a.is_separator(j) || a.is_any(j, &[".", "!", "?", "("]);
    let end = (start..hi.min(start + 7)).find(|&j| stop(j) || a.tokens[j].kind == Kind::Quote);
    let end = match end {
        Some(e) => e,
        None if hi <= start + 7 => hi,
        None => return None,
    };
    // "Dr", "Mr." and initials keep their full stops inside the name.
    let mut e = end;
    while e < hi
        && a.is(e, ".")
        && e > start
        && a.tokens[e - 1].upper
        && (a.word(e - 1).len() <= 2 || a.is_in(e - 1, Lex::Title))
    {
        e = (e + 1..hi.min(e + 6)).find(|&j| stop(j)).unwrap_or(hi);
    }
    let name = after_age(a, &(start..e));
    let start = name.start;
    // "One of the suppliers, the Redwater Dairy Cooperative,": a body's
    // name after its "the".
    let body = a.is(start, "the") && e > start + 1 && is_name(a, &(start + 1..e));
    (e > start && (is_name(a, &name) || body)).then_some(name)
}

/// `r` without an age that opens it: "15-year-old Kacey Lund" is named
/// "Kacey Lund".
fn after_age(a: &Article, r: &Range<usize>) -> Range<usize> {
    let start = if r.start < r.end && a.tokens[r.start].kind == Kind::Number {
        (r.start + 1..r.end.min(r.start + 5))
            .find(|&k| a.word(k).ends_with("year-old"))
            .map_or(r.start, |k| k + 1)
    } else {
        r.start
    };
    start..r.end
}

/// Token `j` is a middle initial's letter, as in "Dennis B. Ross".
fn is_initial(a: &Article, j: usize) -> bool {
    let w = a.word(j);
    a.tokens[j].kind == Kind::Word && w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The noun phrase starting at `start`: for sources after the cue ("said X,
/// a …", "according to X").
fn np_forward(a: &Article, start: usize, hi: usize) -> Option<Range<usize>> {
    let hi = hi.min(a.tokens.len());
    if start >= hi {
        return None;
    }
    let mut e = start;
    while e < hi && e - start < 14 {
        let t = &a.tokens[e];
        // "according to the players' union": a plural possessive's
        // apostrophe goes on with its noun.
        let apostrophe = e > start
            && a.is_plural_apostrophe(e)
            && a.tokens.get(e + 1).is_some_and(|n| n.kind == Kind::Word);
        if a.in_quote(e)
            || t.kind == Kind::Quote && !apostrophe
            || a.is_separator(e)
            || (t.kind == Kind::Punct && !matches!(a.word(e), "&" | "-" | "."))
        {
            break;
        }
        // Not the stop of a short word or of a title before a name: "Navy
        // Capt. Jeff Davis".
        if a.word(e) == "."
            && (e + 1 >= hi || a.tokens[e + 1].space_before)
            && !(e > start
                && (a.word(e - 1).chars().count() <= 3
                    || a.is_in(e - 1, Lex::Title)
                        && a.is_in(e - 1, Lex::Abbreviation)
                        && a.tokens.get(e + 1).is_some_and(|t| t.upper)))
        {
            break;
        }
        if e > start
            && !complement_at(a, e)
            && !surname_like_a_function_word(a, e)
            && (a.is_in(e, Lex::NpBreaker)
                && !a.lower_is(e, |w| matches!(w, "of" | "for" | "at" | "and"))
                || a.cue_verb(e).is_some_and(|_| !a.tokens[e].upper)
                    // After "of" or "the" a cue's form is a noun: "secretary
                    // of state", "the report".
                    && !a.lower_is(e - 1, |w| matches!(w, "of" | "the")))
        {
            break;
        }
        e += 1;
    }
    while e > start && a.word(e - 1) == "." {
        e -= 1;
    }
    let opener_ok = a.tokens[start].upper
        || a.lists(start)
            & (Lex::Determiner.bit()
                | Lex::Title.bit()
                | Lex::GroupNoun.bit()
                | Lex::OrgNoun.bit())
            != 0;
    (e > start
        && a.tokens[start].kind == Kind::Word
        && opener_ok
        && !a.is_in(start, Lex::NpBreaker))
    .then_some(start..e)
}

/// "Theresa May", "Josphat Were", "Mr Will": a capitalised auxiliary after
/// a title, a given name or a capitalised word inside its sentence (not
/// "Critics May say") is a surname, though an auxiliary ends a noun phrase.
pub(crate) fn surname_like_a_function_word(a: &Article, e: usize) -> bool {
    e > 0
        && a.tokens[e].upper
        && a.tokens[e].kind == Kind::Word
        && a.tokens[e - 1].upper
        && a.tokens[e - 1].kind == Kind::Word
        && a.is_in(e, Lex::Auxiliary)
        && (a.is_in(e - 1, Lex::Title)
            || a.with_lower(e - 1, |w| crate::given_name::gender(w).is_some())
            || a.sentences[a.sentence_of(e - 1)].tokens.start != e - 1)
}

/// The source after an inverted cue (`"C," said X`): a noun phrase, which
/// may open on an adjective before a title or a name ("said conservative
/// activist Bob Klaus", "said veteran Republican strategist X") though a
/// noun phrase elsewhere may not.
fn inverted_source(a: &Article, after: usize, hi: usize) -> Option<Range<usize>> {
    np_forward(a, after, hi).or_else(|| {
        let adjective = after + 1 < hi
            && a.tokens[after].kind == Kind::Word
            && !a.tokens[after].upper
            && !a.is_in(after, Lex::NpBreaker)
            && !a.lower_is(after, |w| {
                lexicon::cue_verb(w).is_some() || a.is_in(after, Lex::Pronoun)
            });
        // A title or a name within two words: "veteran union organiser".
        let named = |j: usize| {
            j < hi
                && a.tokens[j].kind == Kind::Word
                && (a.tokens[j].upper || a.is_in(j, Lex::Title))
        };
        let plain = |j: usize| {
            a.tokens[j].kind == Kind::Word && !a.tokens[j].upper && !a.is_in(j, Lex::NpBreaker)
        };
        // ("said master of ceremonies Tom Hale": a role with its "of".)
        let next = (after + 1..after + 5)
            .take_while(|&j| j < hi)
            .find(|&j| named(j) || !(plain(j) || a.is_word(j, "of") || a.is_word(j, "for")))
            .filter(|&j| adjective && named(j))?;
        np_forward(a, next, hi).map(|r| after..r.end)
    })
}

/// The clause a coordinated verb belongs to: from the last subordinator or
/// separator before it ("such as when Cruz knocked Rubio and called him …").
fn clause_of(a: &Article, range: Range<usize>, cue: usize) -> Range<usize> {
    // Look back a bounded distance: a clause is not hundreds of tokens long,
    // and an unbounded scan per cue is quadratic in a sentence that never ends.
    let range = range.start.max(cue.saturating_sub(LOOK_BACK))..range.end;
    let mut start = range.start;
    // The "and" that joins the verb to its clause's first verb.
    let and = (range.start..cue)
        .rev()
        .find(|&j| a.is_any(j, &["and", "but"]));
    // A participle's own comma does not open its clause: "X hit back, insisting".
    let limit = and.unwrap_or(if cue > range.start && a.is(cue - 1, ",") {
        cue - 1
    } else {
        cue
    });
    if let Some(b) = (range.start..limit).rev().find(|&j| {
        !a.in_quote(j)
            && (a.is_separator(j)
                // "went after Bush, calling him …": a preposition, no clause.
                || has_verb(a, j + 1..limit) && a.lower_is(j, |w| {
                    matches!(
                        w,
                        "when"
                            | "as"
                            | "after"
                            | "because"
                            | "while"
                            | "if"
                            | "that"
                            | "where"
                            | "since"
                            | "though"
                            | "although"
                    )
                }))
    }) {
        start = b + 1;
    }
    start..range.end
}

/// The subject at the start of the sentence, for a participle with no other
/// cue before it ("Premier X, who …, opened by saying").
fn leading_subject(a: &Article, range: Range<usize>, before: usize) -> Option<Range<usize>> {
    let mut s = range.start;
    while s < before
        && a.lower_is(s, |w| {
            a.is_in(s, Lex::Contrast)
                || matches!(
                    w,
                    "and" | "also" | "meanwhile" | "then" | "later" | "now" | "so"
                )
        })
    {
        s += 1;
    }
    // "Writing in the Northern Review, Beatrix Holloway gave …, calling
    // it …": an opening participle's phrase, up to its comma, is not the
    // subject.
    // So is an opening phrase of time or place: "In his speech, Graham
    // urged …, and criticized …".
    let participle_phrase = || {
        a.with_lower(s, |w| w.ends_with("ing"))
            && a.is_any(
                s + 1,
                &["in", "on", "to", "for", "at", "from", "about", "after"],
            )
    };
    let place_or_time = || {
        a.is_any(s, &["in", "on", "at", "during", "after", "before"])
            && (s + 1..before.min(s + 8))
                .take_while(|&j| !a.is(j, ","))
                .all(|j| !verb_form(a, j) && !a.in_quote(j))
    };
    if s + 2 < before && a.tokens[s].upper && (participle_phrase() || place_or_time()) {
        if let Some(mut c) = (s + 2..before.min(s + 12)).find(|&j| a.is(j, ",")) {
            // "Speaking in Manchester, New Hampshire, Trump …": a place's
            // own comma.
            while let Some(n) = (c + 2..before.min(c + 5)).find(|&j| a.is(j, ",")) {
                if !(c + 1..n).all(|j| a.tokens[j].upper && a.tokens[j].kind == Kind::Word) {
                    break;
                }
                c = n;
            }
            s = c + 1;
        }
    }
    if a.is_in(s, Lex::Pronoun) {
        return Some(s..s + 1);
    }
    let mut e = s;
    while e < before
        && (a.tokens[e].upper
            || (e > s && a.is_any(e, &["of", "for"]))
            || a.is_in(e, Lex::Determiner)
            || a.tokens[e].kind == Kind::Possessive
            // "The National Beet Growers' Association".
            || e > s && a.is_plural_apostrophe(e)
            // The full stop of "Sen. Ward Tillinghast" or "Mark A. Jones".
            || e > s
                && a.is(e, ".")
                && (a.is_in(e - 1, Lex::Abbreviation) || is_initial(a, e - 1))
                && a.tokens.get(e + 1).is_some_and(|t| t.upper))
    {
        e += 1;
    }
    // "Crypto exchange Vaultline", "Budget airline Skyvale": a kind of
    // body, then its name.
    if e > s
        && e + 1 < before
        && a.tokens[e - 1].upper
        && !a.tokens[e].upper
        && a.is_in(e, Lex::OrgNoun)
        && a.tokens[e + 1].upper
        && a.tokens[e + 1].kind == Kind::Word
    {
        e += 1;
        while e < before && a.tokens[e].upper {
            e += 1;
        }
    }
    // "A Skyvale spokesman", "Acme chief executive", "City regulators": a
    // name, then the role or the group.
    if e > s && a.tokens[e - 1].upper {
        let role = |k: usize| {
            a.is_in(k, Lex::Title) || a.is_in(k, Lex::Spokesperson) || a.is_in(k, Lex::GroupNoun)
        };
        // "Ocean conservation groups": a word or two saying what kind, first.
        let plain = |k: usize| {
            a.tokens[k].kind == Kind::Word
                && !a.tokens[k].upper
                && !a.is_in(k, Lex::NpBreaker)
                && !verb_form(a, k)
        };
        if let Some(k) = (e + 1..before.min(e + 3))
            .take_while(|&k| plain(k - 1) && !role(k - 1))
            .find(|&k| plain(k) && role(k))
        {
            e = k;
        }
        while e < before
            && e - s < 8
            && !a.tokens[e].upper
            && (a.is_in(e, Lex::Title)
                || a.is_in(e, Lex::Spokesperson)
                || a.is_in(e, Lex::GroupNoun))
        {
            e += 1;
        }
    }
    // "the company", "several employees", "the losing candidate", "Aldoria's
    // state drug purchaser", "Dozens of workers": lower-case words after a
    // determiner, a possessive or a quantity's "of", up to the verb.
    if e > s
        && e < before
        && (a.is_in(e - 1, Lex::Determiner)
            || a.tokens[e - 1].kind == Kind::Possessive
            || a.is(e - 1, "of"))
        && a.tokens[e].kind == Kind::Word
    {
        let d = e;
        e += 1;
        while e < before
            && e - d < 3
            && a.tokens[e].kind == Kind::Word
            && !a.tokens[e].upper
            && a.tokens
                .get(e + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.upper)
            && !a.is_in(e, Lex::NpBreaker)
            && !verb_form(a, e)
        {
            e += 1;
        }
    }
    // "The activist investor Ironvale Capital": a determiner, the kind in
    // one or two lower-case words, then the name, which is the subject (as
    // "the insurer Valmont Assurance" is, whose kind is a body's noun).
    if a.is_in(s, Lex::Determiner) {
        let kind_end = (s + 1..before.min(s + 3))
            .find(|&k| {
                a.tokens[k].kind != Kind::Word
                    || a.tokens[k].upper
                    || a.is_in(k, Lex::NpBreaker)
                    || verb_form(a, k)
                    || a.is_any(
                        k,
                        &["of", "for", "at", "in", "on", "to", "from", "by", "with"],
                    )
            })
            .unwrap_or(before.min(s + 3));
        if kind_end > s + 1
            && kind_end >= e
            && kind_end < before
            && a.tokens[kind_end].upper
            && a.tokens[kind_end].kind == Kind::Word
            && !a.is_in(kind_end, Lex::TimeWord)
        {
            let mut n = kind_end;
            while n < before
                && (a.tokens[n].upper && a.tokens[n].kind == Kind::Word
                    || n > kind_end
                        && a.is_any(n, &["and", "&", "of", "for"])
                        && a.tokens.get(n + 1).is_some_and(|t| t.upper))
            {
                n += 1;
            }
            return Some(kind_end..n);
        }
    }
    // "The company's chief executive, Jane Doe, hit back, saying": the role
    // runs on to the comma before the name it describes, which the caller
    // then takes as the source.
    if e > s {
        let mut j = e + usize::from(e < before && a.tokens[e].kind == Kind::Possessive);
        let role = j;
        while j < before
            && j - role < 4
            && a.tokens[j].kind == Kind::Word
            && !a.tokens[j].upper
            && !a.is_in(j, Lex::NpBreaker)
            && !verb_form(a, j)
        {
            j += 1;
        }
        if j > role && j < before && apposed_name(a, &(s..j), before).is_some() {
            e = j;
        }
    }
    // "Two members of the main jury resigned …, saying": a group's "of"
    // phrase goes with it.
    if e > s && e + 1 < before && a.is(e, "of") && a.is_in(e - 1, Lex::GroupNoun) {
        let mut j = e + 1;
        if a.is_in(j, Lex::Determiner) {
            j += 1;
        }
        let first = j;
        while j < before
            && j - first < 4
            && a.tokens[j].kind == Kind::Word
            && !a.is_in(j, Lex::NpBreaker)
            && !a.is_any(j, &["at", "in", "on", "for", "from", "with", "to", "by"])
            && !verb_form(a, j)
        {
            j += 1;
        }
        if j > first {
            e = j;
        }
    }
    (e > s && !a.is_in(s, Lex::NpBreaker)).then_some(s..e)
}

/// The source standing after an inverted verb cue, `"C," said X` or
/// `C, said X.`: a noun phrase that ends the sentence or runs into a
/// relative clause, a comma or (after a quote) a time or place.
///
/// With `unquoted_place`, a plain comma before "said" also lets the source
/// run into a time or place (`C, said one source in the room.`); that
/// reading is taken only when no subject stands before the verb
/// ([`subject_after`]).
fn inverted(
    a: &Article,
    c: &Cue,
    range: Range<usize>,
    unquoted_place: bool,
) -> Option<Range<usize>> {
    let verb = c.verb()?;
    let v = c.tokens.start;
    // "The manager, Corey Lewandowski, said the aide who …": the subject
    // stands before the verb, whatever follows it.
    if apposed_subject(a, v, range.start) {
        return None;
    }
    let after = c.tokens.end;
    let preceded_by_sep =
        v > range.start && (a.is_mark(v - 1, ",") || a.quote_closed_at(v - 1).is_some());
    // What follows "told" or "assured" is who was told, never the speaker:
    // in `"C," the director, X, told reporters` the source stands before.
    // A retort inverts as "said" does: `"…," countered X`.
    let can_invert = matches!(verb.frame, Frame::Clause | Frame::Tell)
        && (!matches!(
            verb.category,
            CueCategory::Deny | CueCategory::Accuse | CueCategory::Criticise
        ) || lexicon::is_retort(verb.lemma))
        && !matches!(
            verb.lemma,
            "tell" | "inform" | "assure" | "reassure" | "remind" | "advise" | "promise"
        );
    if preceded_by_sep && !verb.participle && can_invert {
        // "…, says the club broke his contract": a second determiner not
        // joined by "of" opens a new phrase, so this is a clause, not a source.
        // So is a past form between a noun and more words: "…, said the
        // family deserved better" (but not "said an official briefed on it").
        let clause = |src: &Range<usize>| {
            (src.start + 1..src.end).any(|j| {
                a.is_in(j, Lex::Determiner)
                    && !a.tokens[j].upper
                    && !a.is_any(j - 1, &["of", "for", "at", "and", "from", "in"])
                    && !complement_at(a, j - 1)
                    || j + 1 < src.end
                        && a.tokens[j - 1].kind == Kind::Word
                        && !a.tokens[j - 1].upper
                        && !a.is_in(j - 1, Lex::Determiner)
                        && !a.lower_is(j - 1, lexicon::is_adverb_ly)
                        // (Not a name: "said former governor Ed Rendell".)
                        && !a.tokens[j].upper
                        && a.lower_is(j, |w| w.ends_with("ed"))
                        // "a source involved in it": a participle before its preposition.
                        && !a.is_in(j + 1, Lex::NpBreaker)
                        && !a.is_any(j + 1, &["of", "for", "at", "from", "to"])
            })
        };
        // Only after a closing quote mark may the source run on into a time
        // or place, or open on an adjective: after plain words, `X, posted a
        // photograph … on Instagram` is a subject and its verb.
        let quoted = a.quote_before(v - 1, range.start).is_some();
        // "the drawings, which are posted on its website, show two prayer
        // halls": a verb of evidence after plain words is its subject's.
        // ("…, shows a survey by the institute" is inverted: a record follows.)
        if !quoted
            && lexicon::is_evidence_verb(verb.lemma)
            && !(after..range.end.min(after + 3)).any(|j| a.with_lower(j, lexicon::is_record_noun))
        {
            return None;
        }
        // "Officials, speaking on condition of anonymity, said the strike
        // killed …": the sentence opens on the verb's subject and an aside
        // set off by commas; what follows the verb is its content.
        if !quoted
            && subject_before(a, v, range.start)
                .is_some_and(|(s, _)| s.start == range.start && s.end + 1 < v && a.is(s.end, ","))
        {
            return None;
        }
        let src = if quoted || unquoted_place {
            inverted_source(a, after, range.end)
        } else {
            np_forward(a, after, range.end)
        };
        // "…, R-Ky., said Tuesday.": a day is when, never who.
        let when = |r: &Range<usize>| r.len() == 1 && a.is_in(r.start, Lex::Weekday);
        if let Some(src) = src.filter(|r| !clause(r) && !when(r)) {
            // The stop of "Jr." before a comma is the name's.
            let tail = src.end + usize::from(a.is(src.end, ".") && a.is(src.end + 1, ","));
            let ends = tail >= range.end
                || a.is_any(tail, &["who", "whose", "which", "("])
                // `"C," said one owner of a shop that sells …`
                || quoted && a.is(tail, "that")
                || a.is_any(tail, &[",", ".", "!", ";"])
                    && (tail + 1 >= range.end
                        || a.is(tail, ",")
                        || a.tokens[tail + 1].kind == Kind::Quote
                        // `("C," said X.)`: a sentence in brackets.
                        || a.is(tail + 1, ")"))
                // `"C," said X in a statement.` / `said X on Tuesday`: a
                // time or place after the source, not a clause of its own.
                // "said" takes no object but its content, so after it the
                // same holds without a quote: `C, said one source in the room.`
                || a.lower_is(tail, lexicon::opens_adverbial)
                    && (quoted
                        || unquoted_place
                            && verb.lemma == "say"
                            && !has_verb(a, tail..range.end));
            if ends && a.tokens[src.start].kind == Kind::Word {
                return Some(src);
            }
        }
    }
    None
}

/// True when a verb after a comma has its subject after it, `C, said X.`:
/// an inverted source, and before the comma no noun phrase that could be the
/// verb's subject opening its own stretch of text ("The party, which …,
/// said the timing of the cut, …" keeps "The party").
fn subject_after(a: &Article, c: &Cue, range: Range<usize>) -> bool {
    let lo = range.start;
    inverted(a, c, range, true).is_some()
        && subject_before(a, c.tokens.start, lo).map_or(true, |(src, _)| {
            !is_boundary(a, src.start, lo) && a.cue_verb(src.start - 1).is_none()
        })
}

/// "The manager, Corey Lewandowski, said …": the sentence up to the verb
/// is a noun phrase and a name set off by commas, with no verb to make it
/// a content: the verb's subject, whatever follows the verb.
fn apposed_subject(a: &Article, v: usize, lo: usize) -> bool {
    if v < lo + 4 || !a.is(v - 1, ",") {
        return false;
    }
    let Some(c1) = (lo..v - 1).rev().find(|&j| a.is(j, ",")) else {
        return false;
    };
    let name = c1 + 1..v - 1;
    (1..=4).contains(&name.len())
        && name
            .clone()
            .all(|j| a.tokens[j].kind == Kind::Word && a.tokens[j].upper)
        && c1 > lo
        && (lo..c1).all(|j| {
            !a.is(j, ",") && !a.in_quote(j) && a.tokens[j].kind != Kind::Quote && !verb_form(a, j)
        })
}

/// True when token `j` is a verb form: a reporting verb, a finite
/// auxiliary or a past form ("deserved").
fn verb_form(a: &Article, j: usize) -> bool {
    a.cue_verb(j).is_some() || a.is_in(j, Lex::FiniteAux) || a.lower_is(j, |w| w.ends_with("ed"))
}

/// True when a word in `r` is a verb form: what keeps "said families on
/// low incomes had been" a clause.
fn has_verb(a: &Article, r: Range<usize>) -> bool {
    r.into_iter().any(|j| verb_form(a, j))
}

/// Everything a verb cue yields, pushed onto `out` (empty): one claim, or
/// two around a broken quote.
#[allow(clippy::too_many_arguments)]
fn verb_claims(
    a: &Article,
    si: usize,
    c: &Cue,
    left: usize,
    range: Range<usize>,
    next_start: usize,
    out: &mut Vec<Draft>,
) {
    let verb = c.verb().expect("verb cue");
    let v = c.tokens.start;
    let after = c.tokens.end;
    let hi = next_start.max(after).min(range.end);
    if let Some(d) = as_reported(a, si, c, left, range.clone()) {
        out.push(d);
        return;
    }
    // "put it in a statement": what follows the phrase is no content.
    if verb == lexicon::PUT_IT && a.tokens.get(after).is_some_and(|t| t.kind == Kind::Word) {
        return;
    }
    if retort_at(a, c) {
        return;
    }
    // `Said Ms Kerr, "…"`: the verb opens the sentence, its subject after
    // it, then the quote.
    if v == range.start && !verb.participle {
        if let Some(src) = inverted_source(a, after, hi) {
            let mark = src.end + usize::from(a.is_any(src.end, &[",", ":"]));
            if mark > src.end && a.quote_opened_at(mark).is_some() {
                out.extend(make(a, si, c, mark..hi, Some(src), None, 0.8));
                return;
            }
        }
    }

    // Inverted: `"C," said X` / `C, said X.`
    let src = inverted(a, c, range.clone(), false)
        .or_else(|| {
            inverted(a, c, range.clone(), true).filter(|_| subject_after(a, c, range.clone()))
        })
        // "Its owner, Jane Doe, said no.": an answer, not a speaker.
        .filter(|r| {
            !(r.len() == 1
                && a.lower_is(r.start, |w| {
                    matches!(w, "no" | "yes" | "so" | "nothing" | "none")
                }))
        });
    if let Some(src) = src {
        // `said the study's lead author, Dr Tobias Renwick.`: the
        // name is the source, what comes before it describes them.
        let (source, desc) = match apposed_name(a, &src, range.end) {
            Some(name) => (name, Some(src.clone())),
            None => (src.clone(), None),
        };
        let end = source.end;
        if let Some(d) = content_before(a, si, c, left, v - 1, Some(source.clone()), desc.clone()) {
            out.push(d);
            broken_quote_rest(a, si, c, end, range.clone(), out);
            return;
        }
        // What follows it is its source, never its content: an earlier claim
        // that took the clause before the comma ("C, a state that she hoped
        // to carry, the race will be tight, said X") is nested in this one.
        if subject_after(a, c, range.clone()) {
            let after_quote = a.quote_before(v - 1, range.start).is_some();
            out.extend(
                (!after_quote)
                    .then(|| content_before(a, si, c, range.start, v - 1, Some(source), desc))
                    .flatten(),
            );
            return;
        }
    }

    // "The deal, announced Friday, would last …": a past participle set off
    // by commas describes the noun before it; nobody says anything.
    if v > range.start && a.is_mark(v - 1, ",") && a.lower_is(v, |w| w.ends_with("ed")) {
        let mut j = after;
        while j < hi && j < after + 3 && a.lower_is(j, |w| a.is_in(j, Lex::TimeWord) || w == "on") {
            j += 1;
        }
        // The main verb after the second comma: "would", "means", "ended".
        let main_verb = a.is_in(j + 1, Lex::FiniteAux)
            || a.tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.upper)
                && a.lower_is(j + 1, |w| {
                    w.len() > 3 && (w.ends_with('s') && !w.ends_with("ss") || w.ends_with("ed"))
                });
        if j > after && a.is(j, ",") && main_verb {
            return;
        }
    }
    // "strains that resist carbapenems, often described as 'last-resort'
    // antibiotics, can cause …": so does "described as …", an adverb before
    // it or not, up to the comma before the main verb.
    let opened = |k: usize| {
        k > range.start
            && (a.is_mark(k - 1, ",")
                || k > range.start + 1 && a.is_mark(k - 2, ",") && a.is_modifier(k - 1))
    };
    if opened(v) && a.lower_is(v, |w| w.ends_with("ed")) && a.is(after, "as") {
        let close = (after + 1..hi.min(after + 10)).find(|&j| a.is(j, ",") && !a.in_quote(j));
        if close.is_some_and(|j| a.is_in(j + 1, Lex::FiniteAux)) {
            return;
        }
    }
    // Trailing: `"C," X said …` / `C, X added.`
    // A participle has no subject of its own: it shares its clause's (in
    // the progressive, "X is claiming", the auxiliary's subject's).
    let subject = if verb.participle && !cue::progressive(a, v, range.start) {
        // "with 30 percent of voters saying …" is the exception, and so is
        // ", with the club's manager, Steve Okafor, saying …": a described
        // name after a "with" that opens its own phrase.
        cue::with_subject(a, v, range.start)
            .map(|np| (np..v, None))
            // "KNA quoted Deputy Prime Minister X as saying …", "quoted X, a
            // local trader, as saying …": the one quoted speaks.
            .or_else(|| {
                let q = cue::quoted_as(a, v, range.start)?;
                if q + 2 == v {
                    subject_before(a, q - 1, left.max(range.start))
                } else if a.is(v - 2, ",") {
                    subject_in_chain(a, v - 2, q + 1)
                } else {
                    np_back(a, v - 2, q + 1)
                        .filter(|np| np.start == q + 1)
                        .map(|np| (np, None))
                }
            })
            .or_else(|| {
                let w = (range.start.max(v.saturating_sub(14))..v.saturating_sub(1))
                    .rev()
                    .find(|&j| a.is(j, "with"))?;
                let opens = w == range.start || a.is(w - 1, ",");
                (opens && a.is(v - 1, ","))
                    .then(|| subject_in_chain(a, v - 1, w + 1))
                    .flatten()
                    .filter(|(_, desc)| desc.is_some())
            })
    } else {
        subject_before(a, v, left.max(range.start))
    };
    if let Some((src, desc)) = subject {
        // "…, from Mike Lee, who said in the spin room, “…”": a relative
        // clause's verb is never an attribution trailing what came before.
        let relative = !verb.participle
            && skip_modifiers_back(a, v, range.start).is_some_and(|p| a.is(p, "who"));
        let sep = separator_before(
            a,
            desc.as_ref().map_or(src.start, |d| d.start.min(src.start)),
            range.start,
        )
        .filter(|&p| {
            let title = a
                .quote_before(p, range.start)
                .filter(|q| is_title_quote(a, q));
            (!relative || a.quote_before(p, range.start).is_some() && title.is_none())
                // `In an interview on CBS's "Face the Nation," X said …`: a
                // programme's name is no quote the attribution trails.
                && !title.is_some_and(|q| {
                    q.open > range.start
                        && (a.tokens[q.open - 1].kind == Kind::Possessive
                            || a.is_any(q.open - 1, &["on", "in"]))
                })
        });
        if let Some(sep) = sep {
            // After a closing quote the attribution trails whatever follows it:
            // `"C," Cruz said in response to a question …`.
            let closing = a.quote_before(sep, range.start);
            let after_quote = closing.is_some();
            // In the middle of its content: `If A, Rubio said, B.` and `There was, she
            // said, "a bargain".` are one claim over both parts; so is `A, Stumpf
            // explained earlier in the hearing, B`: a short time or place
            // phrase may follow the cue.
            let mid = adverbial_then_comma(a, after, range.end)
                .filter(|&m| {
                    // Only where the two parts need each other: a subject
                    // and its verb, or a subordinate clause and its main one.
                    a.is_in(m + 1, Lex::FiniteAux)
                        || a.lower_is(left, |w| {
                            matches!(w, "if" | "when" | "because" | "although" | "though" | "as")
                        })
                })
                .unwrap_or(after);
            // (Not before a quote that opens a sentence of its own:
            // `Although A, an official said Wednesday, "Certainly …"` quotes
            // the official; A is the writer's.)
            let own_quote = quote_opens_sentence(a, mid + 1);
            // Nor before a quote that joins a clause of its own to a whole
            // one (see `broken_quote_rest`).
            let joined_quote = a.quote_opened_at(mid + 1).is_some() && joins_clause(a, mid + 2);
            if a.is(sep, ",")
                && !after_quote
                && a.is(mid, ",")
                && mid + 1 < range.end
                && !own_quote
                && !joined_quote
                && (a.tokens[mid + 1].kind == Kind::Word || a.quote_opened_at(mid + 1).is_some())
                && !a.lower_is(mid + 1, |w| {
                    // "C, she said, referencing the bank's …": a participle
                    // after the cue tells how it was said; it goes on no
                    // clause. A gerund subject has its verb ("replacing him
                    // would be …").
                    w.ends_with("ing")
                        && !w.ends_with("thing")
                        && !(mid + 2..range.end)
                            .take_while(|&k| !a.is_separator(k))
                            .any(|k| a.is_in(k, Lex::FiniteAux))
                        || a.cue_verb(mid + 1).is_some_and(|v| v.participle)
                        // "C, she argued, but some operators had …" goes
                        // on with what she argued; "…, but he …" and "…, but
                        // declined to …" tell of the speaker.
                        || w == "but" && !but_goes_on(a, mid + 2)
                        || matches!(
                            w,
                            "while"
                                | "whereas"
                                | "although"
                                | "though"
                                | "as"
                                | "because"
                                | "since"
                                | "after"
                                | "before"
                                | "when"
                        )
                        // "C, their union said, in a dispute over pay": after
                        // a whole clause, a phrase that says when or why.
                        || matches!(
                            w,
                            "in" | "amid" | "during" | "ahead" | "following" | "despite" | "under"
                        ) && {
                            let words = (left..sep).filter(|&j| a.tokens[j].kind == Kind::Word);
                            words.clone().count() >= 5 || words.clone().any(|j| a.is_in(j, Lex::FiniteAux))
                        }
                })
            {
                let e = content_end(a, mid + 1, hi);
                if let Some(mut d) =
                    content_before(a, si, c, left, sep, Some(src.clone()), desc.clone())
                {
                    if e > mid + 1 {
                        d.content_tokens.end = e;
                        d.content = Span::new(d.content.start, a.tokens[e - 1].span().end);
                        if (mid + 1..e).any(|j| a.quote_opened_at(j).is_some()) {
                            d.kind = ClaimKind::Mixed;
                        }
                    }
                    out.push(d);
                    return;
                }
            }
            // After a quote only an immediate "that", colon or quoted words
            // (not a quoted title: `told "Fox and Friends"`) start a new content.
            let immediate = a.in_group(after, Lex::ThatOrColon)
                || a.quote_opened_at(after)
                    .is_some_and(|q| !is_title_quote(a, q));
            // `Walking in to chants of "Marco!," the senator said his campaign
            // was …`: a quote after a preposition is part of a phrase, not
            // words the subject is reported to say.
            // So is `Bemoaning the "phony system," Trump accused …`: a
            // quoted name in an opening participle's object.
            let phrase_quote = closing.is_some_and(|q| {
                q.open > range.start
                    && (a.lower_is(q.open - 1, |w| {
                        matches!(w, "of" | "to" | "for" | "with" | "by" | "about" | "from")
                    }) || a.is_in(q.open - 1, Lex::Determiner)
                        && a.lower_is(range.start, |w| w.ends_with("ing"))
                        && q.open - range.start <= 4)
            });
            let trailing = is_trailing(a, verb, after, range.clone());
            // `Although A, an official said Wednesday, "Certainly …"`: a
            // fronted subordinate clause is the writer's, and the quote
            // that opens a sentence of its own after the cue is the content.
            // So is a phrase with no verb: `In a statement, the company
            // said, "We …"`.
            let fronted = !after_quote
                && (!has_verb(a, left..sep)
                    || a.lower_is(left, |w| {
                        matches!(
                            w,
                            "although"
                                | "though"
                                | "while"
                                | "whereas"
                                | "because"
                                | "since"
                                | "despite"
                                | "as"
                                | "when"
                                | "if"
                                | "after"
                                | "before"
                                | "once"
                                | "unless"
                                | "until"
                        )
                    }))
                && (after..range.end)
                    .take_while(|&j| !a.in_quote(j))
                    .find(|&j| a.is(j, ","))
                    .is_some_and(|j| quote_opens_sentence(a, j + 1));
            if !fronted && (trailing || after_quote && !immediate && !phrase_quote) {
                if let Some(d) =
                    content_before(a, si, c, left, sep, Some(src.clone()), desc.clone())
                {
                    out.push(d);
                    broken_quote_rest(a, si, c, after, range.clone(), out);
                    return;
                }
            }
            // "The campaign plans to publish them, a spokesman announced
            // Monday.": an earlier claim took the clause before the comma;
            // it is nested in this one, and "Monday" is no content.
            let only_time = || {
                // Five tokens are enough to know: a search to the sentence's
                // end for every cue is quadratic in a sentence without one.
                let end = (after..range.end.min(after + 5))
                    .find(|&j| a.is_any(j, &[".", "!", "?"]))
                    .unwrap_or(range.end);
                end - after <= 4 && (after..end).all(|j| when_word(a, j))
            };
            if trailing && !after_quote && left > range.start && a.is(sep, ",") && only_time() {
                out.extend(content_before(
                    a,
                    si,
                    c,
                    range.start,
                    sep,
                    Some(src.clone()),
                    desc.clone(),
                ));
                return;
            }
        }
        // Forward with a subject. A relative clause set off by commas ends
        // at the comma before its head's verb: "Trump, who has accused X of
        // Y, may have …".
        let hi = if relative && src.end < v && a.is(src.end, ",") {
            // Only the content's first comma: "who said the plan, which costs
            // $5bn, is flawed" and "that Trump, the nominee, has …" go on.
            (after..hi)
                .find(|&k| a.is_mark(k, ","))
                .filter(|&k| a.is_in(k + 1, Lex::FiniteAux))
                .unwrap_or(hi)
        } else if relative
            && src.end < v
            && (src.start == range.start || a.is_separator(src.start - 1))
        {
            subject_relative_end(a, after, hi)
        } else {
            hi
        };
        out.extend(forward(a, si, c, after, hi, Some(src), desc));
        return;
    }
    // Forward without a subject of its own (coordinated verb, participle).
    if verb.needs_marker
        && !has_marker(a, after, hi)
        && !crate::cue::unmarked_content(a, verb, after, hi)
    {
        return;
    }
    out.extend(forward(a, si, c, after, hi, None, None));
}

/// Where the content of a relative clause on the sentence's subject ends:
/// "Drivers who say the lanes are dangerous have started a petition". The
/// content's own finite verb ("are") comes first; a second one after it,
/// with no conjunction, relative or subject pronoun between to open a clause
/// of its own, is the main clause's ("have started"). `hi` when there is
/// none.
fn subject_relative_end(a: &Article, after: usize, hi: usize) -> usize {
    let finite = |k: usize| a.is_in(k, Lex::FiniteAux) && !a.in_quote(k);
    let Some(first) = (after..hi).find(|&k| finite(k)) else {
        return hi;
    };
    let mut k = first + 1;
    while k < hi {
        if a.is_separator(k)
            || a.is_in(k, Lex::ClauseOpener)
            || a.is_in(k, Lex::Pronoun)
            || a.is_any(
                k,
                &["who", "which", "whom", "whose", "what", "not", "never"],
            )
            || a.cue_verb(k).is_some()
        {
            return hi;
        }
        if finite(k) && a.tokens[k - 1].kind == Kind::Word && !a.is_in(k - 1, Lex::FiniteAux) {
            return k;
        }
        k += 1;
    }
    hi
}

/// Whether `s..j` is one place or occasion and `j` the comma before a quote:
/// "said in an interview, “…”", "declared in the spin room, “…”".
pub(crate) fn occasion_then_quote(a: &Article, s: usize, j: usize) -> bool {
    a.is(j, ",")
        && j > s
        && a.quote_opened_at(j + 1).is_some()
        && a.lower_is(s, |w| {
            matches!(w, "in" | "on" | "at" | "during" | "after" | "before")
        })
        && !(s..j).any(|k| a.cue_verb(k).is_some() || a.is_in(k, Lex::FiniteAux))
        // One phrase, not a phrase and an object: "noted on Twitter the change …, “…”".
        && (s..j).filter(|&k| a.is_in(k, Lex::Determiner)).count() <= 1
}

/// "explained earlier in the hearing," / "said on Tuesday,": a short time or
/// place phrase right after a cue at `after`, then a comma; the comma.
pub(crate) fn adverbial_then_comma(a: &Article, after: usize, hi: usize) -> Option<usize> {
    if !a.is_in(after, Lex::Weekday)
        && !a.lower_is(after, |w| {
            matches!(
                w,
                "in" | "on" | "at" | "during" | "earlier" | "later" | "last" | "this"
            )
        })
    {
        return None;
    }
    (after + 1..hi.min(after + 12))
        .take_while(|&j| a.is(j, ",") || !(a.is_separator(j) || verb_form(a, j) || a.in_quote(j)))
        .find(|&j| a.is(j, ","))
}

/// The separator or quote mark right before a subject, if the subject is not
/// the first thing in its sentence: "…," X said.
fn separator_before(a: &Article, subj_start: usize, lo: usize) -> Option<usize> {
    let mut j = subj_start;
    while j > lo && a.lower_is(j - 1, |w| matches!(w, "and" | "but")) {
        j -= 1;
    }
    if j <= lo {
        return None;
    }
    let p = j - 1;
    (a.is_any(p, &[",", ":", ";", "—", "–"]) || a.quote_closed_at(p).is_some()).then_some(p)
}

/// After the cue, nothing but an addressee and time or place phrases to the
/// end of the sentence, or to a comma and a quote that continues.
/// A word of the day a cue happened, as it follows the cue: "said
/// Monday", "announced late on Tuesday", "said this morning".
fn when_word(a: &Article, j: usize) -> bool {
    a.is_in(j, Lex::TimeWord)
        || a.is_in(j, Lex::Weekday)
        || a.is_any(j, &["on", "late", "early", "last", "this"])
}

/// After "C, she said, but", whether the words from token `j` open a clause
/// with a subject of its own that goes on with C: a determiner or a name
/// ("but some operators had", "but the council"), or a plural noun and its
/// finite verb ("but landlords had"). Not a pronoun, which tells of the
/// speaker ("but they gave"), nor a verb ("but declined").
fn but_goes_on(a: &Article, j: usize) -> bool {
    let Some(t) = a.tokens.get(j) else {
        return false;
    };
    t.kind == Kind::Word
        && !a.is_in(j, Lex::Pronoun)
        && a.cue_verb(j).is_none()
        && (a.is_in(j, Lex::Determiner)
            || t.upper && !a.is_in(j, Lex::FiniteAux)
            || a.lower_is(j, plural_form) && a.is_in(j + 1, Lex::FiniteAux))
}

/// A lower-case word in the form of a plural noun: "residents",
/// "landlords" (not "press", "class").
fn plural_form(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

fn is_trailing(a: &Article, verb: lexicon::CueVerb, after: usize, range: Range<usize>) -> bool {
    let mut j = after;
    let mut n = 0;
    while j < range.end {
        let w = a.word(j);
        if matches!(w, "." | "!" | "?" | "…")
            || (a.is(j, ",") && (j + 1 >= range.end || a.quote_opened_at(j + 1).is_some()))
        {
            return true;
        }
        if a.is(j, ",") {
            // "C, X said on Wednesday, two weeks after …", "…, days
            // before …": when it was said, measured from another event.
            if (a.is_in(j + 1, Lex::IndefiniteArticle) || crate::cue::is_count(a, j + 1))
                && a.lower_is(j + 2, |w| {
                    matches!(
                        w,
                        "day"
                            | "days"
                            | "week"
                            | "weeks"
                            | "month"
                            | "months"
                            | "hour"
                            | "hours"
                            | "year"
                            | "years"
                    )
                })
                && a.is_any(j + 3, &["after", "before", "since"])
            {
                return true;
            }
            // "C, the prosecutor alleged Tuesday, and she said …": a
            // clause of its own, with its own subject and reporting verb,
            // after the cue and its day. (Not "C, she said on Saturday,
            // and it has …", which goes on with what was said.)
            if a.is_any(j + 1, &["and", "but"])
                && a.is_any(j + 2, &["he", "she", "they", "it", "we", "i"])
                && (a.cue_verb(j + 3).is_some() || a.cue_verb(j + 4).is_some())
                && (after..j).all(|k| when_word(a, k))
            {
                return true;
            }
            // So is "…, the company said on Tuesday, but security
            // researchers who examined the files said …": a subject of
            // words alone, then its reporting verb.
            if a.is_any(j + 1, &["and", "but"])
                && (after..j).all(|k| when_word(a, k))
                && (j + 3..range.end.min(j + 14))
                    .take_while(|&k| a.tokens[k].kind == Kind::Word && !a.in_quote(k))
                    .any(|k| {
                        a.cue_verb(k).is_some_and(|v| !v.participle)
                            && a.tokens.get(k + 1).is_some_and(|t| t.kind == Kind::Word)
                    })
                && !a.is_in(j + 2, Lex::FiniteAux)
            {
                return true;
            }
            // "C, the regulator told MPs, at a hearing where …": where it
            // was said (not "at least", which goes on with C).
            if a.is(j + 1, "at") && !a.is_any(j + 2, &["least", "most", "all"]) {
                return true;
            }
            // "C, both sides said, but they gave …": "but" and a pronoun
            // set the speakers' own doings against C. ("C, she argued, but
            // some operators had …" goes on with what she argued.)
            if a.is(j + 1, "but") && a.is_any(j + 2, &["he", "she", "they"]) {
                return true;
            }
            // "…, she added, citing …" still trails; a new clause does not.
            return a.lower_is(j + 1, |w| {
                w.ends_with("ing")
                    || matches!(
                        w,
                        "who"
                            | "which"
                            | "adding"
                            | "referring"
                            | "before"
                            | "after"
                            | "when"
                            | "as"
                            | "while"
                            | "in"
                            | "amid"
                            | "during"
                    )
            });
        }
        if a.in_quote(j) || a.tokens[j].kind == Kind::Quote || a.in_group(j, Lex::ThatOrColon) {
            return false;
        }
        // "C, allies believe — backers she will need": a dash right after
        // the cue opens an aside on C, not a content, unless a "that" or a
        // quote follows it ("said — without evidence — that …").
        if j == after
            && a.is_dash(j)
            && !(j..range.end.min(j + CLAUSE_REACH))
                .any(|k| a.is(k, "that") || a.quote_opened_at(k).is_some())
        {
            return true;
        }
        // "C, the scientists said on Wednesday — a conclusion others
        // questioned": a dash after the cue's day comments on what was said.
        if j > after && a.is_dash(j) && !a.is(j + 1, "that") && (after..j).all(|k| when_word(a, k))
        {
            return true;
        }
        // "C, X told his advisers as he labored over it", "C, X told the
        // court in Aldren on Monday as the trial opened": a clause of time
        // after the cue (or its addressee, place and day) is no content.
        if j - after <= 8
            && a.lower_is(j, |w| {
                matches!(w, "as" | "while" | "before" | "after" | "when")
            })
            && a.lower_is(j + 1, |w| {
                a.is_in(j + 1, Lex::Pronoun)
                    || a.is_in(j + 1, Lex::Determiner)
                    || w.ends_with("ing")
                    || w == "asked"
            })
            && !(after..j).any(|k| a.is(k, "to"))
            && !(j..range.end.min(j + CLAUSE_REACH))
                .any(|k| a.quote_opened_at(k).is_some() || a.is(k, "that"))
        {
            return true;
        }
        // A subject, an auxiliary or a subordinator after the cue opens the content.
        if a.lower_is(j, |w| {
            a.is_in(j, Lex::Pronoun)
                || matches!(
                    w,
                    "if" | "when"
                        | "because"
                        | "although"
                        | "though"
                        | "whether"
                        | "what"
                        | "why"
                        | "how"
                        | "would"
                        | "could"
                        | "will"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "has"
                        | "have"
                        | "had"
                        | "can"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "there"
                        | "unless"
                        | "once"
                )
        }) {
            return false;
        }
        if n == 0
            && verb.frame != Frame::Tell
            // "said of the process", "said late on Tuesday".
            && !a.lower_is(j, |w| lexicon::opens_gap(w) || matches!(w, "of" | "late"))
        {
            return false;
        }
        n += 1;
        j += 1;
        if n > 12 {
            return false;
        }
    }
    true
}

/// A marker of reported content soon after the cue: "that", a colon or a quote.
fn has_marker(a: &Article, after: usize, hi: usize) -> bool {
    let mut j = after;
    while j < hi && j < after + 10 {
        if a.in_group(j, Lex::ThatOrColon) || a.quote_opened_at(j).is_some() {
            return true;
        }
        if a.is_separator(j) {
            return a.is(j, ",") && a.quote_opened_at(j + 1).is_some();
        }
        j += 1;
    }
    false
}

/// The content that stands before its cue, from `left` to the separator `sep`.
#[allow(clippy::too_many_arguments)]
fn content_before(
    a: &Article,
    si: usize,
    c: &Cue,
    left: usize,
    sep: usize,
    source: Option<Range<usize>>,
    desc: Option<Range<usize>>,
) -> Option<Draft> {
    let mut s = left;
    // Skip a leading conjunction left over from an earlier claim: "…, and".
    while s < sep
        && (a.is_separator(s) || a.lower_is(s, |w| matches!(w, "and" | "but" | "however")))
    {
        s += 1;
    }
    let mut e = if a.quote_closed_at(sep).is_some() {
        sep + 1
    } else {
        sep
    };
    while e > s && a.is_any(e - 1, &[",", ";", ":", "—", "–"]) {
        e -= 1;
    }
    // "not whether he quits — that won't happen, they believe — but how":
    // an attribution closing an aside between dashes has the aside for content.
    if a.tokens.get(c.tokens.end).is_some() && a.is_dash(c.tokens.end) {
        if let Some(d) = (s..e).rev().find(|&j| a.is_dash(j) && !a.in_quote(j)) {
            s = d + 1;
        }
    }
    // Right after a closing quote the content is that quote: `(… "A," wrote X`,
    // unless the quote finishes a clause of reported words: `the department
    // had 'lost control', he claimed`.
    if let Some(q) = (e > s).then(|| a.quote_closed_at(e - 1)).flatten() {
        let in_clause = q.open > s
            && a.tokens[q.open - 1].kind == Kind::Word
            && !a.in_quote(q.open - 1)
            && (s..q.open)
                .filter(|&j| a.tokens[j].kind == Kind::Word)
                .count()
                >= 2;
        if q.open > s && !in_clause {
            s = q.open;
        }
    }
    // "Asked about the device, X said, “…”", "Told of the ruling, …": the
    // question or news put to the speaker, not what they said.
    let opener = s + usize::from(a.is_any(s, &["when", "after", "once", "if"]));
    if a.is_any(opener, &["asked", "pressed", "questioned", "told"])
        && (a.tokens[opener].upper || opener > s)
        && !(s..e).any(|j| a.in_quote(j))
    {
        return None;
    }
    // "Like President Obama, I believe in …": a phrase that opens the
    // sentence, with no verb and no quote, is no content (but "In some
    // ways, X noted, C" has its content on both sides).
    let tail = source
        .as_ref()
        .map_or(c.tokens.end, |r| r.end.max(c.tokens.end));
    if !a.is(tail, ",")
        && a.lower_is(s, |w| {
            matches!(
                w,
                "like"
                    | "unlike"
                    | "according"
                    | "for"
                    | "with"
                    | "in"
                    | "despite"
                    | "among"
                    | "at"
                    | "on"
                    | "by"
            )
        })
        && occasion_phrase(a, s..e)
    {
        return None;
    }
    // "Speaking to students in Philadelphia this week, X responded …": a
    // participle phrase with no verb after it says where, not what.
    // A gerund with its verb after the attribution ("Freeing him, he
    // promised, was …") is a subject, and the content goes on.
    if e > s + 1
        && (!a.is(tail, ",") || a.quote_opened_at(tail + 1).is_some())
        && a.lower_is(s, |w| w.ends_with("ing") && !w.ends_with("thing"))
        && !(s..e).any(|j| a.in_quote(j))
        && occasion_phrase(a, s + 1..e)
    {
        return None;
    }
    make(a, si, c, s..e, source, desc, 0.9)
}

/// Participles that describe a document after its noun: "a report titled",
/// "a letter sent to members".
static DOCUMENT_PARTICIPLES: WordSet = WordSet::new(WordList(
    "titled entitled headlined called named released issued published posted sent signed dated \
     filed obtained",
));

/// No verb and no quote in `r`, but for a participle that describes a
/// document and the quoted title it names: "In a report titled “Bought in
/// Haste”", "In a letter sent to members".
fn occasion_phrase(a: &Article, r: Range<usize>) -> bool {
    let mut titled = false;
    r.clone().all(|j| {
        if a.lower_is(j, |w| DOCUMENT_PARTICIPLES.contains(w))
            && j > r.start
            && (a.tokens[j - 1].kind == Kind::Word && !a.is_in(j - 1, Lex::Auxiliary)
                || a.is(j - 1, ","))
        {
            titled = true;
            return true;
        }
        if a.in_quote(j) || a.tokens[j].kind == Kind::Quote {
            return titled;
        }
        if a.tokens[j].kind == Kind::Word {
            titled = false;
        }
        // "In a report", "in his 96-page response": a noun after its determiner.
        let noun = !a.lower_is(j, |w| w.ends_with("ed") || a.is_in(j, Lex::FiniteAux))
            && (j.saturating_sub(5).max(r.start)..j)
                .any(|k| a.is_in(k, Lex::Determiner) || a.tokens[k].kind == Kind::Possessive);
        noun || !verb_form(a, j)
    })
}

/// "As the Times reported, C", "As she put it, C": the source stands
/// between "As" and the verb, and what follows the comma is the content, to
/// the clause's end (a cue inside it makes a claim of its own as well).
fn as_reported(a: &Article, si: usize, c: &Cue, left: usize, range: Range<usize>) -> Option<Draft> {
    let verb = c.verb()?;
    if verb.frame != Frame::Clause || verb.participle {
        return None;
    }
    let v = c.tokens.start;
    // "As The Atlantic recently noted": adverbs may stand before the verb.
    let mut k = v;
    while k > range.start
        && !a.tokens[k - 1].upper
        && a.lower_is(k - 1, |w| {
            w.ends_with("ly") || matches!(w, "first" | "previously" | "earlier" | "also" | "once")
        })
    {
        k -= 1;
    }
    let as_at = (range.start..k.saturating_sub(1))
        .rev()
        .take(8)
        .find(|&j| a.is_word(j, "as"))?;
    let opens = as_at == range.start || a.is_separator(as_at - 1);
    let source = as_at + 1..k;
    let named = source.len() == 1 && a.is_in(source.start, Lex::Pronoun)
        || np_forward(a, source.start, k) == Some(source.clone());
    // "C, as X put it." and `"C," as X put it.`: the clause before is the content.
    let after_comma = as_at > range.start
        && (a.is(as_at - 1, ",")
            || as_at > range.start + 1
                && a.quote_closed_at(as_at - 1).is_some()
                && a.is(as_at - 2, ","));
    if !(opens || after_comma) || !named {
        return None;
    }
    // "As X put it in a statement in July, C": a time or place may follow.
    let comma = adverbial_then_comma(a, c.tokens.end, range.end).unwrap_or(c.tokens.end);
    if after_comma && a.is_any(comma, &[".", "!", "?"]) {
        // "…, as Sanders proposes.": what is proposed is the reporter's words.
        if matches!(
            verb.lemma,
            "propose" | "recommend" | "demand" | "request" | "urge"
        ) {
            return None;
        }
        return content_before(a, si, c, left, as_at - 1, Some(source), None);
    }
    // After a quote it only trails (`"C," as she put it on Wednesday in
    // Raleigh, N.C., where …`); after a preposition it interrupts a phrase
    // ("owed his election to, as a diplomat put it, an …").
    if !opens || interrupts_phrase(a, as_at) {
        return None;
    }
    // "as many researchers believe, and Democrats are alleging, …": a
    // conjunction after the comma joins another source, not a content.
    if !a.is(comma, ",")
        || comma + 1 >= range.end
        || a.is_any(comma + 1, &["and", "but", "or", "nor"])
    {
        return None;
    }
    let e = content_end(a, comma + 1, range.end);
    // "Hawaii, as one adviser pointed out, normally does not get …": set
    // off between a short subject and its verb, the clause holds both.
    let subject = left..as_at.saturating_sub(1);
    let start = if left == range.start
        && !subject.is_empty()
        && a.is(as_at - 1, ",")
        && subject
            .clone()
            .filter(|&j| a.tokens[j].kind == Kind::Word)
            .count()
            <= 6
        && !subject
            .clone()
            .any(|j| a.is_separator(j) || verb_form(a, j) || a.in_quote(j))
        && (verb_form(a, comma + 1)
            || a.lower_is(comma + 1, |w| {
                a.is_in(comma + 1, Lex::FiniteAux) || lexicon::is_adverb_ly(w)
            })) {
        left
    } else {
        comma + 1
    };
    make(a, si, c, start..e, Some(source), None, 0.8)
}

/// "owed his election to, as a diplomat put it, an …": an "as" clause at
/// `as_at` set off inside a phrase, after its preposition.
pub(crate) fn interrupts_phrase(a: &Article, as_at: usize) -> bool {
    as_at > 1
        && a.is(as_at - 1, ",")
        && a.lower_is(as_at - 2, |w| {
            matches!(
                w,
                "to" | "of" | "for" | "in" | "on" | "with" | "by" | "from" | "at"
            )
        })
}

/// Whether the word at `j`, first in a quote after a cue, joins a clause
/// of its own to what came before: "which means …", "and nobody …".
fn joins_clause(a: &Article, j: usize) -> bool {
    a.tokens.get(j).is_some_and(|t| !t.upper)
        && a.lower_is(j, |w| matches!(w, "which" | "and" | "but"))
}

/// The second half of a broken quote: `"A," she said, "B."`.
fn broken_quote_rest(
    a: &Article,
    si: usize,
    c: &Cue,
    mut j: usize,
    range: Range<usize>,
    out: &mut Vec<Draft>,
) {
    // Skip the rest of the attribution up to ", “" or ", but “" (the dots of
    // "in Kenansville, N.C.," do not end it).
    let joined = |j: usize| usize::from(a.is_any(j + 1, &["but", "and"]));
    // No quote opens where the walk below could find one (up to two tokens
    // past the sentence): nothing to find, and no walk to the sentence's
    // end for each cue of a long sentence without quotes.
    let next = a.quotes.partition_point(|q| q.open <= j);
    if a.quotes.get(next).map_or(true, |q| q.open > range.end + 2) {
        return;
    }
    // Punctuation compared as text, inline (it has no case to ignore), and
    // the word before asked about only before a verb: this runs for every
    // token of the attribution.
    while j < range.end && !(a.word(j) == "," && a.quote_opened_at(j + 1 + joined(j)).is_some()) {
        let w = a.word(j);
        let abbreviation = w == "." && a.tokens.get(j + 1).is_some_and(|t| !t.space_before);
        // "Trump said, adding later, “…”", "sings before asking her, “…”":
        // the quote is the other cue's.
        if a.in_quote(j)
            || matches!(w, "." | "!" | "?" | ";") && !abbreviation
            || !a.tokens[j].upper
                && a.cue_verb(j).is_some()
                && a.is_any(j - 1, &[",", "before", "after", "while", "then"])
        {
            return;
        }
        j += 1;
    }
    let Some(q) = a.quote_opened_at(j + 1 + joined(j)).copied() else {
        return;
    };
    // `"A," she said, but despite it, "B," said X`: a quote with its own
    // attribution is not the rest of this one.
    if let Some(close) = q.close {
        let from = close + 1 + usize::from(a.is_mark(close + 1, ","));
        // `," said X` or `," X said`: a verb right after the quote, or after
        // a subject of up to three capitalised words or a pronoun.
        let own = (from..(from + 4).min(range.end))
            .take_while(|&k| {
                k == from
                    || a.tokens[k - 1].kind == Kind::Word
                        && (a.tokens[k - 1].upper || a.is_in(k - 1, Lex::Pronoun))
            })
            .any(|k| a.cue_verb(k).is_some_and(|v| !v.participle));
        if own {
            return;
        }
    }
    // After reported words with a quote in them, the quote that follows
    // finishes the same content: `X means "A," she says, "but B."`. So
    // does one that goes on in lower case after words with none ("Sooner
    // or later, he said, "it pays off.""); one that opens a sentence of its
    // own is a claim of its own: `The plan is dead, the mayor said,
    // "Nobody will revive it."`. So is one that joins a clause of its own
    // to whole reported words: `Nights will stay hot, the forecaster
    // said, "which means the body never recovers."`, as `"A," she said,
    // "B."` is two claims.
    let goes_on = |p: &Draft| {
        p.kind == ClaimKind::Mixed
            || !a.tokens.get(q.first).is_some_and(|t| t.upper) && !joins_clause(a, q.first)
    };
    if let Some(p) = out
        .last_mut()
        .filter(|p| p.kind != ClaimKind::Direct && goes_on(p))
    {
        let end = q.close.map_or(q.end, |x| x + 1);
        p.content_tokens.end = end;
        p.content = Span::new(p.content.start, a.tokens[end - 1].span().end);
        p.kind = ClaimKind::Mixed;
        return;
    }
    if let Some(mut d) = make(
        a,
        si,
        c,
        q.open..q.close.map_or(q.end, |x| x + 1),
        None,
        None,
        0.9,
    ) {
        d.source = out.last().and_then(|p| p.source.clone());
        d.descriptor = None;
        d.same_speaker_as = None;
        out.push(d);
    }
}

/// How far, in tokens, a clause after a cue ("said as he entered the
/// talks", "told the court — ") is followed to find where it ends or a
/// "that" or quote that follows it. Without a bound, a sentence of nothing
/// but such cues is searched to its end once for every cue: quadratic.
const CLAUSE_REACH: usize = 80;

/// A content after the cue: `X said (that) C`.
fn forward(
    a: &Article,
    si: usize,
    c: &Cue,
    after: usize,
    hi: usize,
    source: Option<Range<usize>>,
    desc: Option<Range<usize>>,
) -> Option<Draft> {
    let verb = c.verb();
    let mut s = after;
    let frame = c.frame();
    // "That was what she said when she resigned.", "said as he entered the
    // talks": a clause of time that runs to the sentence's end says when,
    // not what; "said when she resigned that …" has its content after "that".
    // (With a comma after it, it opens the content: "said when he is
    // president, taxes will fall".)
    // ("said as much" is content; "said before the vote that" and "said
    // after the convention he would …" are a time, then the content.)
    // "said (on) Friday as he entered the talks that …": the day first.
    let w = (s..hi)
        .find(|&j| {
            !(a.is_in(j, Lex::TimeWord)
                || a.is_any(j, &["on", "last", "this"]) && a.is_in(j + 1, Lex::TimeWord))
        })
        .unwrap_or(hi);
    let clause_of_time = a.is_any(w, &["when", "while", "once", "until"])
        || a.is(w, "as") && !a.is_any(w + 1, &["much", "many", "well", "such", "few", "little"])
        || a.is_any(w, &["before", "after"]) && a.is_in(w + 1, Lex::Pronoun);
    if frame == Frame::Clause && clause_of_time {
        // (To the sentence's end: `hi` may stop at a participle's comma.)
        // No clause of time runs on for CLAUSE_REACH tokens; one that seems
        // to is taken to run to the end, so that a sentence of nothing but
        // "said as …" is not searched to its end once for every cue.
        let end = a.sentences[si].tokens.end;
        let reach = end.min(w + 1 + CLAUSE_REACH);
        let k = (w + 1..reach)
            .find(|&j| !a.in_quote(j) && (a.is_separator(j) || a.is_any(j, &["!", "?"])))
            .unwrap_or(end);
        if k == end || !a.is(k, ",") {
            let that = (w + 1..k.min(hi).min(reach)).find(|&j| a.is(j, "that"))?;
            s = that + 1;
        }
    }
    // In a relative clause set off by commas ("X, who said Y, left early")
    // the content ends where the clause does: at a comma before the main verb.
    let hi = match skip_modifiers_back(a, c.tokens.start, a.sentences[si].tokens.start) {
        Some(p) if a.is_any(p, &["who", "which"]) && p > 0 && a.is(p - 1, ",") => {
            // Commas of the content before `j`, counted as the search
            // goes: a count per comma would take the square of their number.
            let mut commas = 0usize;
            (after..hi)
                .find(|&j| {
                    let before = commas;
                    commas += usize::from(a.is(j, ","));
                    a.is_mark(j, ",")
                    && !a.in_quote(j)
                    && a.tokens
                        .get(j + 1)
                        .is_some_and(|t| t.kind == Kind::Word && !t.upper)
                    // "The ministry, which insists that …, has asked": the
                    // main verb may open with its auxiliary, at a comma that
                    // closes no aside of the content ("that Mr. Jäger, under
                    // fire …, would" is one).
                    && (a.lists(j + 1)
                        & (Lex::Determiner.bit() | Lex::NpBreaker.bit() | Lex::Pronoun.bit())
                        == 0
                        || (a.is_in(j + 1, Lex::FiniteAux)
                            || a.lower_is(j + 1, lexicon::is_irregular_past))
                            && before % 2 == 0)
                    && !a.lower_is(j + 1, |w| matches!(w, "and" | "but" | "or" | "nor"))
                    // "which says it has collected clothes, toys and €3,400":
                    // a list's comma, its last item after "and", no verb.
                    && !(j + 2..hi.min(j + 6))
                        .take_while(|&k| !a.is_separator(k) && !verb_form(a, k - 1))
                        .any(|k| a.is_any(k, &["and", "or"]))
                })
                .unwrap_or(hi)
        }
        _ => hi,
    };
    // Jump over an addressee or place phrase to a "that" or a colon: "told reporters at the club that".
    // An infinitive is the content itself: "vowed to veto any bill that …".
    // So is "called on the Pentagon to release …", "urged donors to give …".
    let demand =
        verb.is_some_and(|v| v.infinitive || v.lemma == "call" && a.is_any(s, &["on", "upon"]));
    let infinitive = demand
        && (s..hi.min(s + 8))
            .take_while(|&j| !a.is_separator(j) && !a.is(j, "that"))
            .any(|j| crate::cue::infinitive(a, j, hi));
    // "asked (the senator) whether …": the question, its wh-word included.
    let question = verb
        .filter(|v| lexicon::takes_question(v.lemma))
        .and_then(|_| crate::cue::question_after(a, s, hi));
    if let Some(q) = question {
        let e = content_end(a, q, hi);
        return make(a, si, c, q..e, source, desc, 0.7);
    }
    // "calls this a false narrative that …": the name given, then its own
    // relative clause.
    // (The past "called" has its own rules: cue.rs's `naming`.)
    let naming = verb.is_some_and(|v| v.lemma == "call")
        && !a.word(c.tokens.start).ends_with("ed")
        && crate::cue::names_object(a, s, hi);
    let hi = if naming {
        (s..hi)
            .find(|&j| a.is_separator(j) && !a.in_quote(j))
            .unwrap_or(hi)
    } else {
        hi
    };
    let mut look = (s..hi.min(s + 14))
        .filter(|_| !infinitive && !naming)
        .find(|&j| {
            // `is_in`, inlined: this runs for every token of the gap.
            a.is_in(j, Lex::ThatOrColon)
                || a.quote_opened_at(j).is_some()
                || a.is_separator(j) && !(a.is(j, ",") && a.is_any(j + 1, &["however", "though"]))
        });
    // "said Thursday at a town hall in Buffalo, New York, that …": the
    // commas of a place name in a time or place phrase.
    if a.is_in(s, Lex::OpensGap) {
        while let Some(j) = look.filter(|&j| {
            a.is(j, ",")
                && a.tokens
                    .get(j + 1)
                    .is_some_and(|t| t.upper || a.is(j + 1, "that"))
        }) {
            look = if a.is(j + 1, "that") {
                Some(j + 1)
            } else {
                (j + 1..hi.min(j + 6))
                    .find(|&k| a.in_group(k, Lex::ThatOrColon) || a.is_separator(k))
            };
        }
    }
    // "said, while campaigning in Ohio, that …", "said on Tuesday, during a
    // visit to Ohio, that …": an aside set off by commas, then "that".
    if let Some(j) = look.filter(|&j| a.is(j, ",") && (j == s || a.is_in(s, Lex::OpensGap))) {
        look = (j + 1..hi.min(j + 12))
            .find(|&k| {
                a.is_separator(k)
                    || a.quote_opened_at(k).is_some()
                    || a.is_in(k, Lex::FiniteAux)
                    || a.cue_verb(k).is_some()
            })
            .filter(|&k| a.is(k, ",") && a.is(k + 1, "that"))
            .map(|k| k + 1)
            .or(look);
    }
    if let Some(j) = look {
        // "told this newspaper they had not been paid deposits that were
        // due": after a subject, "that" opens a relative clause, not the
        // content.
        let subject_in_gap = (s..j).any(|k| a.is_in(k, Lex::Pronoun));
        // "posted a single line on social media: “…”": an object, then the
        // colon that opens what it said.
        let object_then_colon = a.is(j, ":")
            && a.quote_opened_at(j + 1).is_some()
            && a.lower_is(s, |w| {
                matches!(
                    w,
                    "a" | "an" | "the" | "this" | "his" | "her" | "their" | "its"
                )
            });
        // "said publicly that", but "proposed jointly owned drones that":
        // after its adverbs the gap must still open like one.
        let mut g = s;
        while g < j && a.lower_is(g, lexicon::is_adverb_ly) {
            g += 1;
        }
        // "warned North Korea to refrain from actions that would …": after
        // an infinitive, "that" opens a relative clause inside the content.
        // ("wrote in a note to clients that …": "to" before the people told
        // is no infinitive.)
        let infinitive_in_gap = frame == Frame::Tell
            && (s + 1..j).any(|k| {
                crate::cue::infinitive(a, k, hi) && !a.lower_is(k + 1, |w| ADDRESSEES.contains(w))
            });
        let gap_ok = j == s
            || !subject_in_gap
                && !infinitive_in_gap
                && (frame == Frame::Tell
                    || object_then_colon
                    || g == j
                    || a.is_in(g, Lex::OpensGap)
                    || a.is(s, ","));
        // A quote after "told" is the content only right after the addressee.
        let quote_ok =
            frame == Frame::Tell && a.quote_opened_at(j).is_some() && skip_addressee(a, s, hi) >= j;
        let comma_quote = occasion_then_quote(a, s, j);
        if gap_ok && (a.in_group(j, Lex::ThatOrColon) || quote_ok) {
            s = j;
        } else if gap_ok && comma_quote {
            s = j + 1;
        }
    }
    // "told host Sean Hannity a loss is likely", "told the Daily News, tax relief …"
    if frame == Frame::Tell && s == after {
        // "told a different story", "told the truth": what is told is named,
        // not said; the words, if any, come in a sentence of their own.
        if (s..hi.min(s + 4)).any(|j| {
            a.lower_is(j, |w| {
                matches!(w, "story" | "stories" | "tale" | "truth" | "joke")
            }) && (j + 1 >= hi || a.is_separator(j + 1) || a.is_any(j + 1, &[".", "!", "?"]))
        }) {
            return None;
        }
        let t = skip_addressee(a, s, hi);
        if t < hi && (a.tokens[t].kind == Kind::Word || a.quote_opened_at(t).is_some()) {
            s = t;
        }
        // "told NBC's Today show when asked about X": the occasion, no content.
        if t > after && a.is(t, "when") && a.is(t + 1, "asked") {
            return None;
        }
    } else if s == after && verb.is_some_and(|v| lexicon::asks(v.lemma)) {
        // "asked her, “Where were you?”": the question quoted after its addressee.
        let t = skip_addressee(a, s, hi);
        let t = t + usize::from(a.is(t, ","));
        if a.quote_opened_at(t).is_some() {
            s = t;
        }
    }
    // Leading time phrase with no "that": "said on Tuesday it would …"
    loop {
        if a.is(s, ",")
            && a.lower_is(s + 1, |w| {
                a.is_in(s + 1, Lex::Contrast) || matches!(w, "too" | "though")
            })
            && a.is(s + 2, ",")
        {
            s += 3;
        } else if a.is(s, "within") && a.is_any(s + 1, &["hours", "minutes", "days", "weeks"]) {
            s += 2;
        } else if a.is_in(s, Lex::Weekday) && a.is(s + 1, ",") && a.quote_opened_at(s + 2).is_some()
        {
            // "said Wednesday, “…”"
            s += 1;
        } else if a.is_in(s, Lex::Weekday)
            && a.tokens.get(s + 1).is_some_and(|t| t.kind == Kind::Word)
            && !a.is_in(s + 1, Lex::FiniteAux)
        {
            // "said Friday it would appeal", "said Monday night the talks …";
            // but "said Friday was the deadline", "said Friday's vote …".
            s += 1;
            while a.is_in(s, Lex::TimeWord) {
                s += 1;
            }
        } else if a.is_any(s, &["on", "last", "this", "late", "early", "in"])
            && a.is_in(s + 1, Lex::TimeWord)
            && !a.is(s + 1, "statement")
        {
            s += 2;
            while a.is_in(s, Lex::TimeWord) {
                s += 1;
            }
        } else if a.lower_is(s, |w| {
            matches!(
                w,
                "yesterday"
                    | "today"
                    | "tonight"
                    | "earlier"
                    | "later"
                    | "recently"
                    | "again"
                    | "also"
            )
        }) {
            s += 1;
        } else {
            break;
        }
    }
    if a.is(s, ":") || a.is(s, ",") && a.quote_opened_at(s + 1).is_some() {
        s += 1;
    }
    // "called a public meeting", "calling a general strike": an act, not a
    // name given to something.
    if verb.is_some_and(|v| v.lemma == "call")
        && s == after
        && a.in_group(s, Lex::IndefiniteArticle)
        && (s + 1..hi.min(s + 5)).any(|j| a.lower_is(j, lexicon::is_event_noun))
    {
        return None;
    }
    // "called for an inquiry", "called on X to resign": the demand follows the particle.
    if verb.is_some_and(|v| v.lemma == "call") && s == after && a.is_any(s, &["for", "on", "upon"])
    {
        // A call for something (an inquiry, a resignation) asks for an act
        // and claims nothing, as ANNOTATION.md reads it; PolNeAR counts it
        // (see `crate::wide`). "Called on X to …" says what X should do.
        if a.is(s, "for") && !a.wide() {
            return None;
        }
        s += 1;
    }
    // "urged lawmakers to sustain the veto", "called on the mayor to
    // resign": an appeal, too, asks for an act and claims nothing — unless
    // it quotes the words of the appeal ("urged both sides to 'get back in
    // a room'"), which are the speaker's to mark.
    // (Nor when a participle after it says what was meant: "defended the
    // switch, saying it would save $1.2 million".)
    if !a.wide()
        && verb.is_some_and(|v| appeals(a, v, after))
        && !(s..hi).any(|j| {
            a.tokens[j].kind == Kind::Quote
                || a.is(j, ",") && a.cue_verb(j + 1).is_some_and(|v| v.participle)
        })
    {
        return None;
    }
    // "disagreed with the estimate": what is disputed follows "with".
    if verb.is_some_and(|v| v.lemma == "disagree") && s == after && a.is(s, "with") {
        s += 1;
    }
    let object_np = frame == Frame::Object
        && a.tokens
            .get(s + 1)
            .is_some_and(|t| t.kind == Kind::Word && !t.upper)
        && !a.lower_is(s + 1, |w| {
            a.is_in(s + 1, Lex::Determiner)
                || a.is_in(s + 1, Lex::Pronoun)
                || matches!(w, "his" | "her" | "its" | "their")
        })
        // "denied that repairs had been delayed": a verb soon after makes "that" a complementiser.
        && !(s + 2..s + 5).any(|j| {
            a.lower_is(j, |w| {
                a.is_in(j, Lex::Auxiliary) && !matches!(w, "must" | "shall" | "does" | "do")
            })
        });
    // "He added, that …": a comma before the complementiser.
    if s == after && a.is(s, ",") && a.is(s + 1, "that") {
        s += 1;
    }
    // "called that ‘a fantasy’": a naming verb takes no clause, so "that"
    // before the name is its object, a pronoun.
    let named_that = verb.is_some_and(|v| lexicon::is_naming_verb(v.lemma))
        && a.quote_opened_at(s + 1).is_some();
    // "said that claim was 'hard to believe'": "that" before a singular
    // noun for a claim, and its verb, is the noun's determiner.
    let pointing_that = || {
        a.lower_is(s + 1, |w| {
            crate::counterclaim::is_anaphor_noun(w) && (!w.ends_with('s') || w == "analysis")
        }) && a.is_in(s + 2, Lex::Auxiliary)
    };
    if a.is(s, "that")
        && !object_np
        && !named_that
        && !pointing_that()
        && !a.lower_is(s + 1, |w| {
            a.is_in(s + 1, Lex::Auxiliary) && !matches!(w, "have" | "shall" | "do")
                || matches!(w, "seems" | "seemed" | "means" | "meant")
        })
        // "added that, in his view, …": an aside set off by commas, or a
        // quote, may follow it (but "denied that, too" is a pronoun).
        && a.tokens[s + 1..].first().is_some_and(|t| {
            t.kind != Kind::Punct
                || a.is(s + 1, ",")
                    && (a.quote_opened_at(s + 2).is_some()
                        || !a.is_any(s + 2, &["and", "but", "or", "too", "then"])
                            && (s + 3..(s + 14).min(hi))
                                .any(|k| a.is(k, ",") && k + 1 < hi && a.tokens[k + 1].kind == Kind::Word))
        })
            // "added that £34m had been set aside": a currency sign opens a figure.
            || a.is(s, "that") && a.is_any(s + 1, &["£", "$", "€", "¥"])
    {
        s += 1;
    }
    // "But, Carson added, he did not …", "He added, there is …": a comma
    // after a named or pronoun subject's verb, then a clause.
    let comma_clause = || {
        a.is(s, ",")
        && c.tokens.start > 0
        // (Not a thought: "the man we know, the one who …" is a relative.)
        && c.category != CueCategory::Belief
        && a.tokens[c.tokens.start - 1].kind == Kind::Word
        && (a.tokens[c.tokens.start - 1].upper
            || a.is_in(c.tokens.start - 1, Lex::Pronoun)
            // (a description set off by commas: ", the former chief added,")
            || {
                let lo = a.sentences[si].tokens.start;
                subject_before(a, c.tokens.start, lo)
                    .is_some_and(|(src, _)| src.start > lo && a.is(src.start - 1, ","))
            })
            && has_verb(a, s + 1..hi)
    };
    if verb.is_some_and(|v| v.needs_marker)
        && s == after
        && !comma_clause()
        && (a.quote_opened_at(s).is_none() || verb.is_some_and(|v| v.infinitive))
        && !verb.is_some_and(|v| {
            crate::cue::unmarked_content(a, v, s, hi)
                || crate::cue::by_record(a, v, c.tokens.start, a.sentences[si].tokens.start)
                // "calls them “lone wolves”": a person named, then the name
                // given ("her" only before the name: "calls her mother").
                || v.lemma == "call"
                    && (a.in_group(s, Lex::ObjectPronoun)
                        || crate::cue::names_object(a, s, hi)
                        || a.is(s, "her")
                            && (a.in_group(s + 1, Lex::IndefiniteArticle)
                                || a.quote_opened_at(s + 1).is_some()))
        })
    {
        // "added 18%": no marker, no claim.
        return None;
    }
    // "announced the ban in June", "announced a ballot for strike action":
    // an act named, not a statement (the blind sets mark none; PolNeAR,
    // read wide, marks some).
    if verb.is_some_and(|v| v.lemma == "announce")
        && !a.wide()
        && s == after
        && a.quote_opened_at(s).is_none()
        && !a.in_group(s, Lex::ThatOrColon)
        && !verb.is_some_and(|v| crate::cue::unmarked_content(a, v, s, hi))
    {
        return None;
    }
    // In a fronted subordinate clause the content stops at the clause's comma:
    // "Amid what the Times called a rough week for Trump, polls moved."
    // "Even" may stand before it: "Even as he accused …, the mayor …".
    let sentence = a.sentences[si].tokens.clone();
    let first = sentence.start + usize::from(a.is(sentence.start, "even"));
    let hi = if a.lower_is(first, |w| {
        matches!(
            w,
            "amid"
                | "as"
                | "when"
                | "while"
                | "although"
                | "though"
                | "if"
                | "after"
                | "before"
                | "because"
                | "since"
                | "despite"
                | "once"
                | "unless"
                | "until"
                | "whereas"
        )
    }) && (first..c.tokens.start).all(|j| !a.is_mark(j, ",") || a.in_quote(j))
    {
        // The cue is in the clause, not in the main one after its comma,
        // which may stand inside the quote that ends the clause: `After
        // saying it was “swollen,” she …` (the closing mark kept).
        (s..hi)
            .find_map(|j| {
                if !a.is_mark(j, ",") {
                    None
                } else if !a.in_quote(j) {
                    Some(j)
                } else {
                    // (Not before "and": `said he “loves China,” and “…”`.)
                    a.quote_closed_at(j + 1)
                        .filter(|_| !a.is_any(j + 2, &["and", "or", "but"]))
                        .map(|_| j + 2)
                }
            })
            .unwrap_or(hi)
    } else {
        hi
    };
    // "what lawmakers called “fraud” led …": with its object moved before
    // the subject, a naming verb's content is the quoted name alone.
    let hi = match (&source, a.quote_opened_at(s).and_then(|q| q.close)) {
        (Some(src), Some(close))
            if verb.is_some_and(|v| lexicon::is_naming_verb(v.lemma))
                && src.start > 0
                && a.is_any(src.start - 1, &["what", "that", "which"]) =>
        {
            hi.min(close + 1)
        }
        _ => hi,
    };
    // The quoted name closes on a comma and the reporter's appositive
    // follows: `called him a "moderate," a subtle dig at …`. (A participle
    // after it is still the speaker's: `called it "false," saying …`.)
    let hi = if verb.is_some_and(|v| !v.participle && lexicon::is_naming_verb(v.lemma)) {
        (s..hi.min(s + 12))
            .find_map(|j| a.quote_opened_at(j).and_then(|q| q.close))
            .filter(|&close| {
                let comma = a.is(close - 1, ",") || a.is(close + 1, ",");
                let next = close + 1 + usize::from(a.is(close + 1, ","));
                // (Not a list of names: `a "nasty guy," an "anchor baby"`.)
                comma
                    && next < hi
                    && a.is_any(next, &["a", "an"])
                    && (next + 1..(next + 4).min(hi)).all(|j| a.quote_opened_at(j).is_none())
            })
            .map_or(hi, |close| close + 1)
    } else {
        hi
    };
    // "criticizing the pipeline and calling for a ban": after a participle
    // cue, "and" with another participle taking an object is the
    // speaker's next act, not more of the content.
    let hi = if c.tokens.len() == 1 && a.word(c.tokens.start).ends_with("ing") {
        (s + 1..hi)
            .find(|&j| {
                let v = j + 1 + usize::from(a.lower_is(j + 1, lexicon::is_adverb_ly));
                a.is(j, "and")
                    && !a.in_quote(j)
                    && a.lower_is(v, |w| w.len() > 5 && w.ends_with("ing"))
                    && a.lower_is(v + 1, |w| {
                        a.is_in(v + 1, Lex::Determiner)
                            || a.is_in(v + 1, Lex::Pronoun)
                            || matches!(
                                w,
                                "to" | "that"
                                    | "for"
                                    | "from"
                                    | "on"
                                    | "about"
                                    | "him"
                                    | "her"
                                    | "them"
                            )
                    })
            })
            .unwrap_or(hi)
    } else {
        hi
    };
    let mut e = trailing_adjunct(a, s, content_end(a, s, hi), frame == Frame::Object);
    // "accused the federation of abandoning him, and an online fundraiser
    // had raised £20,000": a clause with a subject of its own after the
    // object's phrase is the reporter's.
    if frame == Frame::Object {
        if let Some(j) = (s + 1..e).find(|&j| {
            a.is(j, ",")
                && !a.in_quote(j)
                && a.is(j + 1, "and")
                && a.is_in(j + 2, Lex::Determiner)
                && !a.is_in(j + 2, Lex::Pronoun)
                && (j + 3..e.min(j + 12))
                    .take_while(|&k| !a.is(k, ",") && !a.in_quote(k))
                    .any(|k| a.is_in(k, Lex::FiniteAux))
        }) {
            e = j;
        }
    }
    // "told Fox News 6 in Milwaukee.": only whom and where, no content.
    if frame == Frame::Tell
        && !has_verb(a, s..e)
        && (s..e).all(|j| {
            let t = &a.tokens[j];
            t.kind == Kind::Number
                || t.kind == Kind::Word
                    && (t.upper || a.is_any(j, &["in", "on", "at", "of", "the"]))
        })
    {
        return None;
    }
    // "has said nothing publicly since", "said little about it": no content.
    if a.is_any(s, &["nothing", "little"])
        && (s + 1 >= e
            || a.lower_is(s + 1, |w| {
                matches!(
                    w,
                    "publicly"
                        | "about"
                        | "since"
                        | "on"
                        | "of"
                        | "more"
                        | "else"
                        | "further"
                        | "new"
                        // "said little during the saga"
                        | "during"
                        | "in"
                        | "at"
                        | "to"
                        | "when"
                )
            })
                // "say little of the increase reached them": a clause.
                && !(a.is(s + 1, "of") && has_verb(a, s + 2..e)))
    {
        return None;
    }
    // "hit back hours later", "responded within days": a time, no content.
    if e > s
        && (s..e).all(|j| {
            a.is_in(j, Lex::TimeWord)
                || a.tokens[j].kind == Kind::Number
                || a.is_any(
                    j,
                    &["a", "few", "several", "within", "hours", "days", "weeks"],
                )
        })
    {
        return None;
    }
    make(
        a,
        si,
        c,
        s..e,
        source,
        desc,
        if verb.is_some_and(|v| v.needs_marker) {
            0.75
        } else {
            0.85
        },
    )
}

/// Nouns for the channel a statement was made through: "in a statement",
/// "during an interview with CNN".
static MEDIA: WordSet = WordSet::new(WordList(
    "statement statements interview interviews tweet tweets post posting speech letter email \
     e-mail release conference briefing memo op-ed editorial appearance video message call \
     remarks address hearing testimony rally debate podcast broadcast segment",
));

/// Where the words that describe the act of saying, not what was said, begin
/// at the end of a content: "said as much in an interview on Thursday",
/// "blasted Clinton as a disgrace Wednesday on a radio show". After an
/// object (`object`), a weekday or "on Twitter" also belongs to the act.
fn trailing_adjunct(a: &Article, s: usize, e: usize, object: bool) -> usize {
    // Not past a quote or a clause of its own: the adjunct must close the content.
    let plain_to = |from: usize, e: usize| {
        (from..e).all(|j| {
            !a.in_quote(j)
                && a.tokens[j].kind != Kind::Quote
                && !a.is_any(j, &["that", ";", "who", "which", "because", "but"])
                // "a ban imposed on Monday had stopped …": a clause goes on.
                && !a.is_in(j, Lex::FiniteAux)
                && (a.tokens[j].upper
                    || a.cue_verb(j).is_none()
                    // "on a local radio show": a noun after its determiner
                    || (j.saturating_sub(3).max(from)..j).any(|k| a.is_in(k, Lex::Determiner)))
        }) && e - from <= 12
    };
    let plain = |from: usize| plain_to(from, e);
    for j in s + 1..e {
        if a.in_quote(j) {
            continue;
        }
        let medium = a.in_group(j, Lex::Medium) && {
            let mut k = j + 1;
            while k < e
                && k < j + 4
                && (a.is_in(k, Lex::Determiner)
                    || a.tokens[k].kind == Kind::Possessive
                    || a.lower_is(k, |w| {
                        matches!(
                            w,
                            "written"
                                | "televised"
                                | "radio"
                                | "television"
                                | "tv"
                                | "news"
                                | "press"
                                | "phone"
                                | "telephone"
                                | "separate"
                                | "brief"
                                | "recent"
                                | "new"
                                | "campaign"
                                | "conference"
                                | "later"
                                | "earlier"
                                | "exclusive"
                                | "local"
                                | "national"
                        )
                    })
                    || a.tokens[k].upper && !a.is_in(k, Lex::TimeWord))
            {
                k += 1;
            }
            k < e && k > j + 1 && a.lower_is(k, |w| MEDIA.contains(w))
        };
        let day = object
            && a.lower_is(j, |w| {
                a.is_in(j, Lex::Weekday) || matches!(w, "twitter" | "facebook")
            });
        // "on Wednesday", "earlier Thursday": the word before goes with it.
        // Asked only of a weekday: this runs for every word of a content.
        let led = day && a.is_any(j - 1, &["on", "earlier", "late", "early", "last", "this"]);
        let weekday = day
            && (led || !a.lower_is(j - 1, |w| matches!(w, "of" | "for" | "by" | "from" | "to")));
        if medium || weekday {
            let from = if weekday && led { j - 1 } else { j };
            // "endorsed her on Thursday, another sign of …": what follows
            // the act's day comments on the act.
            // Not a participle or clause of its own ("…, saying", "…, when").
            let day_then_comment = weekday
                && j + 2 < e
                && a.is(j + 1, ",")
                && a.lower_is(j + 2, |w| {
                    !w.ends_with("ing")
                        && !a.is_in(j + 2, Lex::ClauseOpener)
                        && !matches!(w, "and" | "but" | "or" | "where" | "who" | "which")
                })
                && !(s..j).any(|k| a.in_group(k, Lex::Relative));
            if from > s && (plain(from) || day_then_comment && plain_to(from, j + 1)) {
                return from;
            }
        }
    }
    e
}

/// Nouns for the people a speaker tells things to.
static ADDRESSEES: WordSet = WordSet::new(WordList(
    "reporters journalists supporters friends colleagues aides crowd audience host hosts viewers \
     listeners voters lawmakers members staff investors clients customers analysts students \
     workers delegates donors officials officers police investigators detectives prosecutors \
     inspectors regulators auditors mps fans followers readers parents interviewer anchor \
     cheering packed council councillors councilors senators congress parliament residents \
     employees shareholders radio television newspaper magazine court jury jurors judge committee \
     panel inquiry tribunal hearing conference meeting rally assembly house senate press media \
     gathering summit nation country public",
));

/// The end of an addressee after "told": "reporters", "him", "host Sean
/// Hannity", "the New York Daily News,". Returns `s` when there is none.
fn skip_addressee(a: &Article, s: usize, hi: usize) -> usize {
    let mut j = s;
    if a.lower_is(j, |w| {
        matches!(w, "him" | "her" | "them" | "us" | "me" | "you")
    }) {
        j += 1;
    } else {
        if a.lower_is(j, |w| {
            matches!(
                w,
                "the" | "a" | "an" | "this" | "his" | "their" | "its" | "our"
            )
        }) {
            j += 1;
        }
        let start = j;
        while j < hi
            && j < start + 3
            && a.tokens[j].kind == Kind::Word
            && !a.tokens[j].upper
            && a.lower_is(j, |w| ADDRESSEES.contains(w))
        {
            j += 1;
        }
        // "told controllers he had …": any plural noun before a subject pronoun.
        if j == start
            && j + 1 < hi
            && a.tokens[j].kind == Kind::Word
            && !a.tokens[j].upper
            && a.lower_is(j, |w| w.len() > 4 && w.ends_with('s') && !w.ends_with("ss"))
            && !a.is_in(j, Lex::NpBreaker)
            && a.lower_is(j + 1, |w| {
                matches!(w, "he" | "she" | "they" | "we" | "i" | "it")
            })
        {
            j += 1;
        }
        while j < hi
            && (a.tokens[j].upper && a.tokens[j].kind == Kind::Word
                || j > start
                    && a.is_any(j, &["of", "and", "&"])
                    && a.tokens.get(j + 1).is_some_and(|t| t.upper))
        {
            j += 1;
        }
        if j == start {
            return s;
        }
        // "told CNN's Jake Tapper", "told CNN's State of the Union", "told
        // USA TODAY's weekly video series it is …": a possessive goes on to
        // a name, or to a short description before a subject pronoun.
        if j < hi && a.tokens[j].kind == Kind::Possessive {
            let word_up = |k: usize| a.tokens[k].upper && a.tokens[k].kind == Kind::Word;
            let mut k = j + 1;
            while k < hi
                && (word_up(k)
                    || a.is_any(k, &["of", "the"])
                        && k + 1 < hi
                        && (word_up(k + 1) || a.is(k + 1, "the")))
            {
                k += 1;
            }
            // Then the description's lower-case words ("'s Today show"),
            // up to a subject pronoun, or after a name up to what ends it.
            let mut m = k;
            while m < hi
                && m < k + 5
                && a.tokens[m].kind == Kind::Word
                && !a.tokens[m].upper
                && !a.is_in(m, Lex::NpBreaker)
                && !a.is_in(m, Lex::Pronoun)
                && !a.is_in(m, Lex::Determiner)
            {
                m += 1;
            }
            let named = k > j + 1;
            if m > k
                && (m < hi && a.is_in(m, Lex::Pronoun)
                    || named
                        && m < k + 3
                        && (m == hi || a.is_in(m, Lex::NpBreaker) || a.is_separator(m)))
            {
                k = m;
            }
            if k > j + 1 {
                j = k;
            }
        }
    }
    if j < hi && a.is(j, ",") {
        j += 1;
    }
    j
}

/// "… but declined to", "… but stopped short of": past forms that, after
/// "and" or "but", go on with what the speaker did rather than what they said.
fn is_other_act(w: &str) -> bool {
    matches!(
        w,
        "declined"
            | "refused"
            | "declining"
            | "refusing"
            | "stopped"
            | "failed"
            | "offered"
            | "gave"
            | "provided"
            | "avoided"
    )
}

/// Whether token `k` is a cue verb in the present tense ("say", "says",
/// "insists").
fn is_present_cue(a: &Article, k: usize) -> bool {
    a.cue_verb(k)
        .is_some_and(|v| a.lower_is(k, |w| is_present_form(w, v.lemma)))
}

/// Whether the lower-case `w` is the present of the verb `lemma`: the
/// lemma itself or with "-s" or "-es".
fn is_present_form(w: &str, lemma: &str) -> bool {
    w == lemma || w.strip_suffix('s') == Some(lemma) || w.strip_suffix("es") == Some(lemma)
}

/// The most tokens a content that runs forward is followed for. News
/// sentences are a fraction of it; without a bound, a sentence of nothing
/// but attributions would be searched to its end once for every cue, and
/// every content would hold the rest of the sentence.
const CONTENT_REACH: usize = 400;

/// The verb after the "and" at `b` goes on with the content that runs from
/// `s`, not with the speaker: after a passive in it, a past form with no
/// marker of speech ("had been found by its technicians and reported to the
/// city", "had been offered vouchers and told that …", with no one told);
/// and, after a perfect or a passive, "expected to" ("had hired 310 and
/// expected to end …"), what the content's subject plans.
fn goes_on_after_and(a: &Article, s: usize, b: usize) -> bool {
    let Some(v) = a.cue_verb(b + 1).filter(|v| !v.participle) else {
        return false;
    };
    let had = |w: &str| (s..b).any(|j| a.is(j, w) && !a.in_quote(j));
    let after = b + 2;
    let marked = |j: usize| a.in_group(j, Lex::ThatOrColon) || a.quote_opened_at(j).is_some();
    let past = a.lower_is(b + 1, |w| w.ends_with("ed") || w == "told");
    // "and told reporters that …" is the speaker telling someone.
    let told_someone = v.frame == lexicon::Frame::Tell
        && !marked(after)
        && (after + 1..after + 5).any(|j| j < a.tokens.len() && marked(j));
    // ("and called the deal …", "and accused the board of …": a
    // judgment, the speaker's.)
    had("been")
        && past
        && v.frame != lexicon::Frame::Object
        && !told_someone
        && (!marked(after) || v.lemma == "tell" && a.is(after, "that"))
        || v.lemma == "expect" && a.is(after, "to") && past && (had("had") || had("been"))
}

/// Where a content that runs forward stops: the sentence's end, or a
/// coordinated verb that starts a new act ("…, but declined to comment").
fn content_end(a: &Article, s: usize, hi: usize) -> usize {
    let hi = hi.min(s + 1 + CONTENT_REACH);
    let mut e = hi;
    // "Police say he posed a threat and refused to drop the gun": after a
    // cue in the present, a past form is the content's subject acting, not
    // the speaker.
    let present_cue = (s.saturating_sub(3)..s).any(|k| is_present_cue(a, k));
    for j in s + 1..hi {
        if a.in_quote(j) {
            continue;
        }
        // The word, looked at once for the five tests below that name it.
        let w = a.word(j);
        // A semicolon joins a new sentence in all but name.
        if w == ";" {
            e = j;
            break;
        }
        // "shouted 'This is not a court' as he was led away": after a
        // sentence quoted whole, a clause of time is the reporter's. ("As"
        // with its subject: "citing 'Bill Maher' as his guilty pleasure" is
        // what the quote is.)
        if matches!(w, "as" | "while" | "until" | "before" | "after" | "when")
            && (w != "as" || a.is_in(j + 1, Lex::Pronoun))
            && a.quote_closed_at(j - 1)
                .is_some_and(|q| q.open == s && a.tokens.get(q.first).is_some_and(|t| t.upper))
        {
            e = j;
            break;
        }
        let comma = w == ",";
        // "… — a phrase that drew laughter", "… - a move that would …": the
        // reporter's word on what was said, set off by a dash.
        if a.is_dash(j)
            && a.is_any(j + 1, &["a", "an"])
            && a.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Word)
            && a.is_any(j + 3, &["that", "which"])
        {
            e = j;
            break;
        }
        // "…, the court heard.": the hearing the words were given at, not
        // part of what was said.
        if comma && a.is(j + 1, "the") && a.is(j + 3, "heard") && (j + 4 >= hi || a.is(j + 4, "."))
        {
            e = j;
            break;
        }
        // "accused the council of …, after a report found …": the reporter's
        // account of what led to it, unless the content goes on past it
        // ("…, after the blossom had fallen, and that …").
        if comma
            && a.is(j + 1, "after")
            && !(j + 2..hi).any(|k| a.is_any(k, &["and", "but"]) && a.is(k + 1, "that"))
        {
            e = j;
            break;
        }
        // "…, in a report the trust is now challenging", "…, in a statement
        // on Monday": where it was said, not more of what was said. (Not an
        // aside that a comma closes: "the bank, in a report issued this
        // month, has contested …".)
        if comma
            && a.is(j + 1, "in")
            && a.is_any(j + 2, &["a", "an", "its", "their", "his", "her"])
            && (j + 3..hi.min(j + 7))
                .take_while(|&k| a.tokens[k].kind != Kind::Punct || a.is(k, "-"))
                .any(|k| a.with_lower(k, lexicon::is_record_noun))
            && !(j + 2..hi.min(j + CLAUSE_REACH)).any(|k| a.is(k, ",") && !a.in_quote(k))
        {
            e = j;
            break;
        }
        // "…, a charge it denies": the reporter's note that the claim is
        // disputed, not more of the claim.
        if comma
            && a.is_any(j + 1, &["a", "an"])
            && a.claim_noun(j + 2).is_some()
            && (j + 3..hi.min(j + 9)).any(|k| {
                a.cue_verb(k)
                    .is_some_and(|v| matches!(v.category, CueCategory::Deny))
            })
        {
            e = j;
            break;
        }
        let and_but = w.eq_ignore_ascii_case("but") || w.eq_ignore_ascii_case("and");
        // "…, but Democrats were not": a contrast with a new, named subject.
        if comma
            && a.is(j + 1, "but")
            && a.tokens
                .get(j + 2)
                .is_some_and(|t| t.upper && t.kind == Kind::Word)
            && !a.is_in(j + 2, Lex::Pronoun)
        {
            e = j;
            break;
        }
        // "… and threatened", "… but declined": a second act of the same subject.
        let new_act = |w: &str| {
            is_other_act(w)
                || lexicon::cue_verb(w).is_some_and(|v| !v.participle && v.lemma != "show")
                || (w.len() > 5
                    && w.ends_with("ed")
                    && !matches!(
                        w,
                        "need" | "seed" | "speed" | "indeed" | "proceed" | "exceed" | "succeed"
                    ))
        };
        // A past form is a new act only when an object or complement follows it, not a noun it describes ("bloodied children").
        // Asked only of "and" and "but", as `noun_like` is: most words are neither.
        let takes_object = || {
            a.lower_is(j + 2, |w| {
                a.is_in(j + 2, Lex::Determiner)
                    || matches!(
                        w,
                        "to" | "that"
                            | "him"
                            | "her"
                            | "them"
                            | "it"
                            | "us"
                            | "on"
                            | "in"
                            | "with"
                            | "for"
                            // Not "by": "and fabricated by former
                            // employees" is a passive participle that goes
                            // on describing ("and denied by" is rare).
                            | "against"
                    )
            }) || a
                .tokens
                .get(j + 2)
                .is_some_and(|t| t.upper || t.kind == Kind::Punct)
        };
        // "…, and he reiterated …", "…, though he cautioned that …": a new
        // subject with its own cue.
        let concessive = comma
            && a.lower_is(j + 1, |w| {
                matches!(w, "though" | "although" | "while" | "whereas")
            });
        let k = j + usize::from(concessive);
        if (and_but || concessive)
            && a.is_in(k + 1, Lex::Pronoun)
            && (a.cue_verb(k + 2).is_some() || a.is_modifier(k + 2) && a.cue_verb(k + 3).is_some())
        {
            e = j;
            break;
        }
        // A present form that is also a noun ("federal and state law", "and
        // calls") is a second act only with a marker after it.
        let noun_like = || {
            a.lower_is(j + 1, |w| {
                a.cue_verb(j + 1)
                    .is_some_and(|v| v.needs_marker && is_present_form(w, v.lemma))
            }) && !(a.in_group(j + 2, Lex::ThatOrColon)
                || a.tokens.get(j + 2).is_some_and(|t| t.kind == Kind::Quote))
        };
        // "who was born and raised in Cuba": the second participle of a
        // passive goes on with the first; so does the second of a past
        // perfect ("her laboratory had tried and failed to reproduce it").
        // Asked only after "and" or "but".
        let passive_pair = || {
            j >= 2
                && a.lower_is(j - 2, |w| {
                    matches!(
                        w,
                        "was" | "were" | "is" | "are" | "been" | "be" | "being" | "had"
                    )
                })
        };
        let past = |w: &str| w.ends_with("ed") || w == "gave";
        // "said it had opened 120 beds and expected waits to ease": what is
        // expected goes on with the content, as `cue::unmarked_content`
        // leaves a coordinated "expected" no claim of its own.
        let expects_more = || {
            a.cue_verb(j + 1).is_some_and(|v| v.lemma == "expect")
                && !a.is_any(j + 2, &["to", "that"])
        };
        if and_but
            && !expects_more()
            && !(a.is(j, "and") && goes_on_after_and(a, s, j))
            && a.lower_is(j + 1, new_act)
            && !(present_cue && a.lower_is(j + 1, past))
            && a.tokens.get(j + 1).is_some_and(|t| !t.upper)
            && !noun_like()
            && !passive_pair()
            && (takes_object()
                // "and thought of the days": a verb of belief with no marker
                // goes on with the content's own subject.
                || a.lower_is(j + 1, |w| {
                    a.cue_verb(j + 1).is_some_and(|v| {
                        !(v.needs_marker && v.category == CueCategory::Belief)
                    }) || is_other_act(w)
                }))
        {
            e = j;
            break;
        }
        if comma && a.cue_verb(j + 1).is_some_and(|v| v.participle) {
            // Kept: a participle absorbed into this claim; cut for a new claim, decided by the caller.
            continue;
        }
    }
    while e > s
        && (a.is_any(e - 1, &[".", ",", ";", ":", "!", "?", "—", "–", "…"])
            || a.lower_is(e - 1, |w| matches!(w, "and" | "but" | "however" | "while")))
    {
        e -= 1;
    }
    e
}

fn according(
    a: &Article,
    si: usize,
    c: &Cue,
    left: usize,
    range: Range<usize>,
    next_start: usize,
) -> Vec<Draft> {
    let after = c.tokens.end;
    // The content before the cue starts after the last bracket, colon or
    // semicolon: "(the number is 15 percent, according to X)".
    let mut from = left;
    if let Some(b) = (left..c.tokens.start)
        .rev()
        .find(|&j| !a.in_quote(j) && a.is_any(j, &["(", ":", ";", "—", "–"]))
    {
        // A dash that closes an aside ("C — or D — according to X") is not
        // where C begins.
        let closed = a.is(b, "(") && (b..c.tokens.start).any(|j| a.is(j, ")"))
            || a.is_dash(b)
                && b + 1 == c.tokens.start
                && (left..b)
                    .filter(|&j| a.is_dash(j) && !a.in_quote(j))
                    .count()
                    % 2
                    == 1;
        if !closed {
            from = b + 1;
        }
    }
    let before_has_content = (from..c.tokens.start)
        .filter(|&j| {
            a.tokens[j].kind == Kind::Word
                && !a.lower_is(j, |w| matches!(w, "but" | "and" | "yet" | "so" | "also"))
        })
        .count()
        > 0;
    let d = if before_has_content {
        // "C, according to X" or, in the middle, "C1, according to X, C2".
        // Whatever follows "according to" is its source, even in lower case:
        // "according to him", "according to exit polls".
        // It runs to the clause's end when that is near: "according to two
        // people familiar with the talks".
        // Not the dot of "Ms. Epstein" or "Dennis B. Ross".
        let stop = |j: usize| {
            a.is(j, ".")
                && !(j > after
                    && (a.is_in(j - 1, Lex::Abbreviation)
                        || is_initial(a, j - 1) && a.tokens.get(j + 1).is_some_and(|t| t.upper)))
        };
        let whole = (after..range.end.min(after + 13))
            .find(|&j| a.is_separator(j) || a.in_quote(j) || a.is_any(j, &["!", "?"]) || stop(j))
            .filter(|&e| {
                e > after
                    && a.tokens[after].kind == Kind::Word
                    && !a.is_in(after, Lex::NpBreaker)
                    && (after..e).all(|j| a.tokens[j].kind != Kind::Quote)
            })
            .map(|e| after..e);
        let Some(mut src) = whole.or_else(|| np_forward(a, after, range.end)) else {
            return Vec::new();
        };
        // "according to head teachers who have lodged a complaint": the
        // source is the noun phrase, not what the relative clause adds.
        if let Some(r) = (src.start + 1..src.end).find(|&j| a.is_any(j, &["who", "whose", "which"]))
        {
            src.end = r;
        }
        // "according to its operator, Norbeck Line.": the name is the source.
        let (src, desc) = match apposed_name(a, &src, range.end) {
            Some(name) => (name, Some(src)),
            None => (src, None),
        };
        let sep = c.tokens.start;
        make(a, si, c, from..sep, Some(src.clone()), desc, 0.9).map(|mut d| {
            d.content_tokens.end = trim_end(a, d.content_tokens.start, d.content_tokens.end);
            let src_end = (src.end..range.end)
                .find(|&j| {
                    a.is_separator(j) || a.is_any(j, &["!", "?"]) || stop(j) || a.in_quote(j)
                })
                .unwrap_or(range.end);
            // Only a short subject is cut off from its verb: "Other cleavages, according to X, include …".
            let short = (from..sep)
                .filter(|&j| a.tokens[j].kind == Kind::Word)
                .count()
                <= 5;
            // … or the part after the source opens with the verb the first part lacks.
            let verb_next = a.lower_is(src_end + 1, |w| {
                a.is_in(src_end + 1, Lex::Auxiliary)
                    || matches!(w, "remains" | "remained" | "includes" | "included")
            });
            // … or the first part is a phrase put in front of the clause:
            // "At the heart of the trouble, according to X, was …".
            let fronted = a.lower_is(from, |w| {
                matches!(
                    w,
                    "at" | "in"
                        | "on"
                        | "among"
                        | "for"
                        | "from"
                        | "with"
                        | "by"
                        | "under"
                        | "behind"
                        | "beyond"
                        | "despite"
                        | "during"
                        | "within"
                        | "amid"
                )
            }) && !(from..sep - 1).any(|j| a.is(j, ","))
                // "At least 14 people were killed, according to X, in …": a
                // clause, not a phrase waiting for its verb.
                && !has_verb(a, from..sep);
            if (short || verb_next || fronted)
                && a.is(sep.saturating_sub(1), ",")
                && a.is(src_end, ",")
                && src_end + 1 < range.end
                // "receives, according to one report, $234 million".
                && (matches!(a.tokens[src_end + 1].kind, Kind::Word | Kind::Number)
                    || a.is_any(src_end + 1, &["$", "£", "€"]))
                // "…, according to the union, which represents …": a
                // relative clause says who the source is.
                && !a.is_any(src_end + 1, &["which", "who", "whose"])
            {
                let e = content_end(a, src_end + 1, next_start.max(src_end + 1).min(range.end));
                if e > src_end + 1 {
                    d.content_tokens.end = e;
                }
            }
            d.content = span_of(a, d.content_tokens.clone());
            d
        })
    } else {
        // "According to X, C": the source runs to the first comma.
        let Some(comma) = (after..range.end).find(|&j| a.is(j, ",") && !a.in_quote(j)) else {
            return Vec::new();
        };
        if comma == after || comma - after > 24 {
            return Vec::new();
        }
        let src = after..comma;
        // "According to the family's lawyer, Helen Okafor, the footage …"
        let (src, mut desc) = match apposed_name(a, &src, range.end) {
            Some(name) if a.is(name.end, ",") => (name, Some(src)),
            _ => (src, None),
        };
        let mut s = src.end.max(comma) + 1;
        // "According to Open Hands, a medical charity that runs two
        // clinics, C": a description after the name, up to its comma, is
        // not C.
        if desc.is_none() && is_name(a, &src) && a.in_group(s, Lex::IndefiniteArticle) {
            if let Some(close) = (s + 1..range.end.min(s + 20))
                .take_while(|&j| !a.in_quote(j) && (!a.is_separator(j) || a.is(j, ",")))
                .find(|&j| a.is(j, ","))
                .filter(|&j| j + 1 < range.end)
            {
                desc = Some(s..close);
                s = close + 1;
            }
        }
        // "According to Jack Kelly, writing for the Post, C": the phrase
        // that says where the source wrote or spoke is not C.
        // But "According to X, running a blower for an hour produces …": a
        // gerund with its verb is the content's subject.
        if a.lower_is(s, |w| w.ends_with("ing")) {
            // ("the Post" is a name, not the verb.)
            let verbless =
                |r: Range<usize>| !r.into_iter().any(|j| !a.tokens[j].upper && verb_form(a, j));
            match (s + 1..range.end.min(s + 12))
                .take_while(|&j| !a.in_quote(j))
                .find(|&j| a.is(j, ","))
            {
                Some(k) if verbless(s + 1..k) => s = k + 1,
                None if range.end - s <= 8 && verbless(s + 1..range.end) => return Vec::new(),
                _ => {}
            }
        }
        // "According to the report, the driver told officers C": a claim
        // whose clause opens the content is nested in it.
        let opens = next_start <= s
            || next_start < range.end
                && a.cue_verb(next_start).is_some()
                && !has_verb(a, s..next_start);
        let hi = if opens {
            range.end
        } else {
            next_start.max(s).min(range.end)
        };
        let e = content_end(a, s, hi);
        make(a, si, c, s..e, Some(src), desc, 0.9)
    };
    d.into_iter().collect()
}

/// The owner of the claim noun at `i`: the pronoun before it ("her claim
/// that"), or the noun phrase before its possessive ("Rostova's claim
/// that"), from `lo` on.
fn noun_owner(a: &Article, i: usize, lo: usize) -> Option<Range<usize>> {
    if i > lo && crate::cue::is_owner_pronoun(a, i - 1) {
        // "The consortium has repeated its warning that …": the object of
        // a verb, the pronoun stands for the verb's subject, which names
        // the speaker ("criticism over her claim" has no such subject).
        let verb = (i >= lo + 2).then(|| i - 2).filter(|&v| {
            a.tokens[v].kind == Kind::Word && !a.tokens[v].upper && a.word(v).ends_with("ed")
        });
        if let Some((subject, _)) = verb.and_then(|v| subject_before(a, v, lo)) {
            return Some(subject);
        }
        return Some(i - 1..i);
    }
    let np = np_back(a, i.checked_sub(2)?, lo)?;
    // "revived scrutiny of the trust's promise that …": the possessive
    // binds to the phrase after "of", not to what is "of" it.
    let start = (np.start + 1..np.end)
        .rev()
        .find(|&j| {
            a.is_any(j, &["of", "for"])
                && !a.tokens[j - 1].upper
                && a.is_any(j + 1, &["the", "a", "an"])
        })
        .map_or(np.start, |j| j + 1);
    Some(start..np.end)
}

fn noun_claim(a: &Article, si: usize, c: &Cue, possessive: bool, next_start: usize) -> Vec<Draft> {
    let (src, that) = if possessive {
        // The owner stands in the same sentence: "strokes. Rostova's claim"
        // is Rostova's, not a phrase over the full stop.
        let lo = a.sentences[si].tokens.start;
        let Some(src) = noun_owner(a, c.tokens.start, lo) else {
            return Vec::new();
        };
        let hi = a.sentences[si].tokens.end;
        let Some(that) = crate::cue::claim_noun_that(a, c.tokens.end, hi) else {
            return Vec::new();
        };
        (src, that)
    } else {
        let Some(that) = (c.tokens.end..next_start.max(c.tokens.end)).find(|&j| a.is(j, "that"))
        else {
            return Vec::new();
        };
        // "An estimate by the committee projected that …": the "that" is a
        // verb's, whose claim it is.
        // (A verb's base form is a noun there: "on an investor call".)
        if (c.tokens.end..that).any(|j| {
            a.cue_verb(j)
                .is_some_and(|v| !v.participle && !a.lower_is(j, |w| w == v.lemma))
        }) {
            return Vec::new();
        }
        // (A description set off by commas is not the name: "an estimate
        // by the Fiscal Monitor, a watchdog, that …"; but "a claim by its
        // finance chief, Nadia Brandt, …" names its source second, as "a
        // suggestion by Ashworth's attorney, Gail Rinaldi, …" does.)
        let named = (c.tokens.end..that).find(|&j| a.is(j, ",")).unwrap_or(that);
        let name_after = (named + 1..that).find(|&j| a.is(j, ",")).filter(|&e| {
            e > named + 1
                && named > c.tokens.end
                && !a.tokens[named - 1].upper
                && a.tokens[named - 1].kind == Kind::Word
                && (named + 1..e).all(|j| a.tokens[j].upper && a.tokens[j].kind == Kind::Word)
        });
        match name_after {
            Some(e) => (named + 1..e, that),
            None => (c.tokens.end..named, that),
        }
    };
    if src.is_empty() {
        return Vec::new();
    }
    let s = that + 1;
    let mut e = content_end(a, s, next_start.max(s));
    // "Rostova's claim that A was challenged by B": a claim noun opening
    // its sentence is the subject of a verb after its clause.
    let opens = a.sentences[si].tokens.start;
    let head = if possessive {
        src.start
    } else {
        c.tokens.start
    };
    let opening = (opens..head).all(|j| {
        a.lower_is(j, |w| {
            matches!(w, "a" | "an" | "the" | "but" | "and" | "yet" | "however")
        }) || a.is(j, ",")
    });
    // In a verb cue's content: "said Corvane's claim that A was based on
    // B" ends A before the verb it is the subject of, and "rejected
    // Tolley's claim that A, saying B" (or "rejected a suggestion by X
    // that A, saying B") before the rejecter's participle.
    let in_verb_content = !opening && head > opens && a.cue_verb(head - 1).is_some();
    if opening || in_verb_content {
        e = matrix_verb(a, s, e).unwrap_or(e);
    }
    if in_verb_content {
        if let Some(j) =
            (s..e).find(|&j| a.is(j, ",") && a.cue_verb(j + 1).is_some_and(|v| v.participle))
        {
            e = j;
        }
    }
    make(a, si, c, s..e, Some(src), None, 0.8)
        .into_iter()
        .collect()
}

/// Where the verb of a sentence whose subject holds the clause `s..e`
/// starts: the clause has its own verb first ("would save"), and the next
/// finite verb that no conjunction, relative word or subject opens is the
/// sentence's ("was challenged", "drew criticism").
fn matrix_verb(a: &Article, s: usize, e: usize) -> Option<usize> {
    // Lower case only: "by May was met" has one verb, not two.
    let lower = |j: usize, f: &dyn Fn(&str) -> bool| !a.tokens[j].upper && a.lower_is(j, f);
    let finite = |j: usize| {
        lower(j, &|w| {
            lexicon::is_auxiliary(w) || matches!(w, "drew" | "met" | "won" | "faced" | "prompted")
        })
    };
    // What stands before a verb of the clause itself: "that … who have", "it was".
    let opens_verb = |j: usize| {
        lower(j, &|w| {
            lexicon::is_auxiliary(w)
                || lexicon::pronoun(w).is_some()
                || lexicon::is_clause_opener(w)
                || matches!(
                    w,
                    "that" | "which" | "who" | "not" | "there" | "and" | "or" | "but"
                )
                || w.ends_with("ly")
        })
    };
    // The clause's own verb may be a plain present or past too ("that most
    // of the water returns to the creek … drew"): one in "-s" before a
    // preposition or a determiner, or an irregular past.
    let plain = |j: usize| {
        lower(j, &|w| {
            lexicon::is_irregular_past(w)
                || w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && a.tokens[j - 1].kind == Kind::Word
                    && !a.tokens[j - 1].upper
                    && !opens_verb(j - 1)
                    && (a.is_any(
                        j + 1,
                        &[
                            "to", "by", "on", "in", "at", "from", "into", "the", "a", "an", "its",
                        ],
                    )
                        // "that the plant burns waste …": after a determiner
                        // and its noun, before a lower-case object.
                        || j >= s + 2
                            && a.is_in(j - 2, Lex::Determiner)
                            && a.tokens.get(j + 1).is_some_and(|t| {
                                t.kind == Kind::Word && !t.upper
                            }))
        })
    };
    let own = (s..e).find(|&j| finite(j) || j > s && plain(j))?;
    (own + 2..e)
        .find(|&j| {
            // Not a verb of quoted words: "rested on “nobody will …”".
            !a.in_quote(j)
                && finite(j)
                && (matches!(a.tokens[j - 1].kind, Kind::Word | Kind::Number)
                    // "had risen 40% was disputed by", "(in 2019) was".
                    || a.is_any(j - 1, &["%", ")"])
                    || a.quote_closed_at(j - 1).is_some())
                && !opens_verb(j - 1)
        })
        // "that the reform spares people was challenged by X": the clause's
        // verb is no auxiliary, and the first one is the sentence's passive.
        .or_else(|| {
            let passive = a.is_any(own, &["was", "were"])
                && own + 2 < e
                && a.tokens[own + 1].kind == Kind::Word
                && a.is(own + 2, "by");
            passive.then_some(own)
        })
}

pub(crate) fn trim_end(a: &Article, s: usize, mut e: usize) -> usize {
    while e > s {
        // A bracket closed but not opened in the content closes the
        // sentence's brackets: "(Smith said he was sorry.)".
        let stray =
            |close: &str, open: &str| a.is(e - 1, close) && !(s..e - 1).any(|j| a.is(j, open));
        if !(a.is_any(e - 1, &[".", ",", ";", ":", "—", "–"]) || stray(")", "(") || stray("]", "["))
        {
            break;
        }
        e -= 1;
    }
    e
}

/// The bytes of tokens `r`, from the first's start to the last's end.
pub(crate) fn span_of(a: &Article, r: Range<usize>) -> Span {
    Span::new(
        a.tokens[r.start].span().start,
        a.tokens[r.end - 1].span().end,
    )
}

/// Builds a draft over content tokens `r`, deciding its kind.
#[allow(clippy::too_many_arguments)]
fn make(
    a: &Article,
    si: usize,
    c: &Cue,
    r: Range<usize>,
    source: Option<Range<usize>>,
    desc: Option<Range<usize>>,
    confidence: f32,
) -> Option<Draft> {
    if r.is_empty() || r.end > a.tokens.len() {
        return None;
    }
    let mut r = r;
    // A content never opens with a comma or a dash left over from its attribution.
    while r.start < r.end && a.is_separator(r.start) && !a.is(r.start, "(") {
        r.start += 1;
    }
    if r.is_empty() {
        return None;
    }
    if a.is_any(r.end - 1, &[")", "]"]) && !a.in_quote(r.end - 1) {
        r.end = trim_end(a, r.start, r.end);
    }
    // A content that is one quote, marks and trailing punctuation aside, is direct.
    let mut e = r.end;
    while e > r.start + 1 && a.is_any(e - 1, &[".", ",", ";", ":", "!", "?"]) && !a.in_quote(e - 1)
    {
        e -= 1;
    }
    let (kind, content) = match a.quote_opened_at(r.start) {
        Some(q) if q.close.map_or(q.end, |x| x + 1) >= e => {
            r = q.first..q.end;
            (ClaimKind::Direct, q.inner)
        }
        _ => {
            let words = (r.start..r.end)
                .filter(|&j| a.tokens[j].kind == Kind::Word)
                .count();
            if words == 0 {
                return None;
            }
            let mixed = (r.start..r.end)
                .any(|j| a.quote_opened_at(j).is_some_and(|q| !is_title_quote(a, q)));
            (
                if mixed {
                    ClaimKind::Mixed
                } else {
                    ClaimKind::Indirect
                },
                span_of(a, r.clone()),
            )
        }
    };
    if content.is_empty() {
        return None;
    }
    let paragraph = a.sentences[si].paragraph;
    Some(Draft {
        cue: Some(c.tokens.clone()),
        category: c.category,
        source,
        descriptor: desc,
        same_speaker_as: None,
        content_tokens: r,
        content,
        kind,
        sentence: si,
        paragraph,
        contrast: false,
        confidence,
    })
}

/// A quoted phrase, not a sentence: at most six words and no punctuation
/// ("the so-called 'fit and proper person' test").
fn is_phrase_quote(a: &Article, q: &crate::quote::Quote) -> bool {
    let mut words = 0;
    for j in q.first..q.end {
        match a.tokens[j].kind {
            Kind::Word => words += 1,
            Kind::Number | Kind::Possessive => {}
            _ if a.is(j, "-") => {}
            _ => return false,
        }
        if words > 6 {
            return false;
        }
    }
    words > 0
}

/// A quoted title rather than quoted words: every word capitalised, short.
fn is_title_quote(a: &Article, q: &crate::quote::Quote) -> bool {
    // Counted as they are tested, not gathered first: most quotes are
    // sentences, turned away at their seventh word or sooner.
    let mut words = 0;
    for j in (q.first..q.end).filter(|&j| a.tokens[j].kind == Kind::Word) {
        words += 1;
        let title_word = a.tokens[j].upper
            || a.lower_is(j, |w| {
                matches!(w, "of" | "and" | "the" | "a" | "in" | "on" | "for")
            });
        if words > 6 || !title_word {
            return false;
        }
    }
    words > 0
}

/// The source named by sentence `si` when it only says whose the words
/// before it were: "That was the verdict of Dr X", "This is the view of
/// many economists", "That's the message from the union".
fn verdict_of(a: &Article, si: usize) -> Option<Range<usize>> {
    let s = a.sentences.get(si)?.tokens.clone();
    let mut j = s.start;
    if !a.is_any(j, &["that", "this", "such"]) {
        return None;
    }
    j += 1;
    if a.tokens.get(j).is_some_and(|t| t.kind == Kind::Possessive) || a.is_any(j, &["was", "is"]) {
        j += 1;
    } else {
        return None;
    }
    if !a.is(j, "the") {
        return None;
    }
    j += 1;
    while j < s.end
        && a.tokens[j].kind == Kind::Word
        && !a.tokens[j].upper
        && !a.is_any(j, &["of", "from"])
    {
        if !a.lower_is(j, |w| {
            matches!(
                w,
                "verdict"
                    | "view"
                    | "assessment"
                    | "message"
                    | "conclusion"
                    | "warning"
                    | "opinion"
                    | "advice"
                    | "judgment"
                    | "judgement"
                    | "argument"
                    | "position"
                    | "blunt"
                    | "considered"
                    | "stark"
                    | "unanimous"
                    | "firm"
            )
        }) {
            return None;
        }
        j += 1;
    }
    if !a.is_any(j, &["of", "from"]) || j == s.start + 3 {
        return None;
    }
    np_forward(a, j + 1, s.end)
        .filter(|r| a.tokens[r.start].upper || a.is_in(r.start, Lex::Determiner))
}

/// "Trump said:" or "Mr. Obama wrote on Friday:" closing the paragraph
/// before sentence `si`, with no words after the colon: the cue, its verb
/// and its subject.
fn colon_before(a: &Article, si: usize) -> Option<(Range<usize>, lexicon::CueVerb, Range<usize>)> {
    let prev = a.sentences.get(si.checked_sub(1)?)?;
    let end = prev.tokens.end;
    if prev.paragraph + 1 != a.sentences[si].paragraph
        || end < prev.tokens.start + 3
        || !a.is(end - 1, ":")
    {
        return None;
    }
    let v = (prev.tokens.start + 1..end - 1)
        .rev()
        .take(6)
        .find(|&j| a.cue_verb(j).is_some())?;
    let verb = a.cue_verb(v)?;
    if verb.participle || (v + 1..end - 1).any(|j| a.in_quote(j) || a.tokens[j].kind == Kind::Quote)
    {
        return None;
    }
    let (src, _) = subject_before(a, v, prev.tokens.start)?;
    Some((v..v + 1, verb, src))
}

/// A direct claim of quote `q` in sentence `si`, its cue and source still
/// to be found.
fn quote_draft(a: &Article, q: &crate::quote::Quote, si: usize) -> Draft {
    Draft {
        cue: None,
        category: CueCategory::Assert,
        source: None,
        descriptor: None,
        same_speaker_as: None,
        content_tokens: q.first..q.end,
        content: q.inner,
        kind: ClaimKind::Direct,
        sentence: si,
        paragraph: a.sentences[si].paragraph,
        contrast: false,
        confidence: 0.6,
    }
}

/// "“…” ― Name": quotes signed with a dash and a name, as in a list of
/// readers' or witnesses' words. Each is its own claim, however many
/// sentences it holds and whether or not a line break (rather than a blank
/// line) parts it from the next one.
fn signed_quotes(a: &Article, drafts: &[Draft]) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut contents: Option<Vec<Span>> = None;
    for q in &a.quotes {
        let Some(close) = q.close else { continue };
        let dash = close + 1;
        if dash >= a.tokens.len() || !a.is_dash(dash) || a.tokens[dash].breaks > 0 {
            continue;
        }
        let Some(src) = np_forward(a, dash + 1, a.tokens.len()) else {
            continue;
        };
        // The signature ends its line: "― Carla Sanchez." then a new line.
        let mut end = src.end;
        if a.is_any(end, &[".", ","]) {
            end += 1;
        }
        let signs = a.tokens[src.start].upper
            && a.tokens[dash + 1].breaks == 0
            && a.tokens.get(end).map_or(true, |t| t.breaks > 0);
        if !signs || q.first >= q.end {
            continue;
        }
        // Whether a draft's content overlaps the quote: the contents by
        // their start, each with the furthest end up to it, made once for
        // a text whose signed quotes would each search every draft.
        // (Token ranges as spans: sorted by the sort that speakers' mentions
        // use, a new one would add its code to the wasm module.)
        let ends = contents.get_or_insert_with(|| {
            let mut c: Vec<Span> = drafts
                .iter()
                .map(|d| Span::new(d.content_tokens.start, d.content_tokens.end))
                .collect();
            crate::sort::sort(&mut c);
            let mut furthest = 0;
            for s in &mut c {
                furthest = furthest.max(s.end);
                s.end = furthest;
            }
            c
        });
        let before = ends.partition_point(|s| s.start < q.end);
        let taken = before > 0 && q.first < ends[before - 1].end;
        if taken {
            continue;
        }
        let mut d = quote_draft(a, q, a.sentence_of(q.open));
        d.cue = Some(dash..dash + 1);
        d.source = Some(src);
        d.confidence = 0.8;
        out.push(d);
    }
    out
}

/// The direct claim that draft `k` says more about, if `k` is reported
/// words by the same speaker in the same sentence (`"A," said X, who noted
/// that B.`): a quote standing alone after it carries on A, not B.
fn quote_of_sentence(drafts: &[Draft], k: usize) -> usize {
    let d = &drafts[k];
    if d.kind == ClaimKind::Direct {
        return k;
    }
    (0..k)
        .rev()
        .take_while(|&j| drafts[j].sentence == d.sentence)
        .find(|&j| {
            let p = &drafts[j];
            p.kind == ClaimKind::Direct
                && (d.same_speaker_as == Some(j) || d.source.is_some() && d.source == p.source)
        })
        .unwrap_or(k)
}

/// Quotes that stand alone in a sentence with no cue: they belong to the
/// speaker of the sentence before in the paragraph (or after), or to a name
/// signed after a dash.
fn standalone_quotes(a: &Article, drafts: &mut Vec<Draft>) {
    let mut added = signed_quotes(a, drafts);
    let mut covered = vec![false; a.sentences.len()];
    for d in drafts.iter().chain(&added) {
        covered[d.sentence] = true;
    }
    for (si, s) in a.sentences.iter().enumerate() {
        if covered[si] {
            continue;
        }
        // Quotes and drafts are both in text order: look them up by bisection.
        let qk = a.quotes.partition_point(|q| q.open < s.tokens.start);
        let Some(q) = a
            .quotes
            .get(qk)
            .filter(|q| s.tokens.contains(&q.open))
            .copied()
        else {
            continue;
        };
        let inside = q.end - q.first;
        let words_inside = (q.first..q.end)
            .filter(|&j| a.tokens[j].kind == Kind::Word)
            .count();
        let outside = s.tokens.len().saturating_sub(inside);
        // A short quote is speech only when it is the whole sentence
        // (`“Donald’s here, babe.”` after her "Here he is,").
        let whole = outside <= 2 && s.tokens.start == q.open;
        // `"A," said X. "B" to support him.`: a quote that opens the
        // sentence after a quote goes on with it, the reporter's words after
        // it (and the two marks) no longer than it.
        let goes_on = || {
            let before = drafts.partition_point(|p| p.sentence < si);
            s.tokens.start == q.open
                && outside <= inside + 2
                && before.checked_sub(1).is_some_and(|k| {
                    drafts[k].sentence + 1 == si
                        && drafts[k].paragraph == s.paragraph
                        && drafts[k].kind == ClaimKind::Direct
                })
        };
        if words_inside < if whole { 2 } else { 4 } || outside > 4 + inside / 4 && !goes_on() {
            // A quote inside the reporter's own sentence is a scare quote or
            // a title, unless a dash follows it ("“…” — the mayor's words").
            let after = q.close.map_or(q.end, |c| c + 1);
            if !(after < s.tokens.end && a.is_dash(after)) {
                continue;
            }
        }
        // A paragraph of a quote in title case is a subheading: "‘All Bets
        // Are Off.’".
        let alone = |k: Option<usize>| {
            k.and_then(|k| a.sentences.get(k))
                .map_or(true, |o| o.paragraph != s.paragraph)
        };
        if whole && alone(si.checked_sub(1)) && alone(Some(si + 1)) && is_title_quote(a, &q) {
            continue;
        }
        let mut d = quote_draft(a, &q, si);
        // "He said:" ends a paragraph and the quote opens the next.
        if let Some((cue, verb, src)) = colon_before(a, si).filter(|_| s.tokens.start == q.open) {
            d.cue = Some(cue);
            d.category = verb.category;
            d.source = Some(src);
            d.confidence = 0.8;
            added.push(d);
            continue;
        }
        // "“…” That was the verdict of Dr X, who …": the sentence after
        // names whose words these are.
        if let Some(src) =
            verdict_of(a, si + 1).filter(|_| a.sentences[si + 1].paragraph == s.paragraph)
        {
            d.source = Some(src);
            d.confidence = 0.7;
            added.push(d);
            continue;
        }
        // The nearest attributed sentence in the same paragraph: before, else after.
        let before = drafts.partition_point(|p| p.sentence < si);
        let last_before = before.checked_sub(1);
        let prev = last_before
            .filter(|&k| drafts[k].paragraph == s.paragraph)
            .map(|k| quote_of_sentence(drafts, k));
        let next = drafts[before..]
            .iter()
            .take_while(|p| p.sentence <= si + 1)
            .position(|p| p.paragraph == s.paragraph && p.sentence == si + 1 && p.cue.is_some())
            .map(|k| before + k);
        let quote_para_start = a.quote_opened_at(s.tokens.start).is_some();
        let prev_para = last_before.filter(|&k| {
            drafts[k].paragraph + 1 == s.paragraph && drafts[k].sentence + 1 >= si.saturating_sub(3)
        });
        // A quote that carries on the quote of the sentence before is the same
        // claim in the same paragraph. (In the next, a quote continued over
        // the paragraph's end is a claim of its own, the same speaker's:
        // see below.)
        if let Some(k) = prev.or(last_before) {
            let p = &drafts[k];
            // Only when nothing but punctuation stands between them: after
            // `"A," she said.` the next quote is a claim of its own.
            let adjacent = (p.content_tokens.end..q.open).all(|j| a.tokens[j].kind != Kind::Word);
            if p.sentence + 1 == si
                && p.paragraph == s.paragraph
                && p.kind == ClaimKind::Direct
                && s.tokens.start == q.open
                && outside <= 2
                && adjacent
            {
                let p = &mut drafts[k];
                p.content_tokens.end = q.end;
                p.content = Span::new(p.content.start, q.inner.end);
                covered[si] = true;
                continue;
            }
        }
        // "Kessel, for her part, was back at her desk. “I have a city to
        // run.”": a quote after a sentence that opens with a name and
        // reports no claim is that person's, named in the sentence before.
        if prev.is_none() && s.tokens.start == q.open && si > 0 {
            let before = &a.sentences[si - 1];
            let named = (before.paragraph == s.paragraph && !covered[si - 1])
                .then(|| np_forward(a, before.tokens.start, before.tokens.end))
                .flatten()
                .filter(|r| r.len() <= 4 && is_name(a, r));
            if let Some(src) = named {
                d.source = Some(src);
                d.confidence = 0.5;
                added.push(d);
                continue;
            }
        }
        let pick = prev
            .or(next)
            .or(if quote_para_start && s.tokens.start == q.open {
                prev_para
            } else {
                None
            });
        if let Some(k) = pick {
            d.same_speaker_as = Some(k);
            d.cue = drafts[k].cue.clone();
            d.category = drafts[k].category;
            if drafts[k].paragraph == s.paragraph {
                d.source = drafts[k].source.clone();
            }
            added.push(d);
        }
    }
    drafts.extend(added);
    into_text_order(drafts);
}

/// Puts `drafts` in text order, re-pointing their "same speaker" links.
pub(crate) fn into_text_order(drafts: &mut Vec<Draft>) {
    // Keep text order, re-pointing "same speaker" links: the drafts by
    // their contents' start, then end, then number (as a stable sort by
    // start and end). Sorted as spans, by the sort that speakers' mentions
    // use (a sort of its own would add its code to the wasm module): by
    // (end, number) first, then by (start, place in that order).
    let mut by_end: Vec<Span> = (0..drafts.len())
        .map(|k| Span::new(drafts[k].content.end, k))
        .collect();
    crate::sort::sort(&mut by_end);
    let mut by_start: Vec<Span> = by_end
        .iter()
        .enumerate()
        .map(|(n, s)| Span::new(drafts[s.end].content.start, n))
        .collect();
    crate::sort::sort(&mut by_start);
    let order: Vec<usize> = by_start.iter().map(|s| by_end[s.end].end).collect();
    let mut new_index = vec![0; drafts.len()];
    for (n, &k) in order.iter().enumerate() {
        new_index[k] = n;
    }
    let mut sorted: Vec<Draft> = order.iter().map(|&k| drafts[k].clone()).collect();
    for d in &mut sorted {
        if let Some(k) = d.same_speaker_as {
            d.same_speaker_as = Some(new_index[k]);
        }
    }
    *drafts = sorted;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (content, source, cue) of every claim.
    fn claims(text: &str) -> Vec<(String, String, String)> {
        let a = Article::new(text);
        let ds = extract(&a);
        let show = |r: &Option<Range<usize>>| {
            r.as_ref().map_or(String::new(), |r| {
                span_of(&a, r.clone()).slice(text).to_string()
            })
        };
        ds.iter()
            .map(|d| {
                let src = d
                    .source
                    .clone()
                    .or_else(|| d.same_speaker_as.and_then(|k| ds[k].source.clone()));
                (d.content.slice(text).to_string(), show(&src), show(&d.cue))
            })
            .collect()
    }

    fn c(content: &str, source: &str, cue: &str) -> (String, String, String) {
        (content.into(), source.into(), cue.into())
    }

    #[test]
    fn forward_with_that_and_addressee() {
        assert_eq!(
            claims("The minister told reporters at the airport that the deal was off."),
            [c("the deal was off", "The minister", "told")]
        );
        assert_eq!(
            claims("Analysts said on Monday prices would fall."),
            [c("prices would fall", "Analysts", "said")]
        );
    }

    #[test]
    fn trailing_and_inverted() {
        assert_eq!(
            claims("“We will win,” the coach said."),
            [c("We will win,", "the coach", "said")]
        );
        assert_eq!(
            claims("“We will win,” said Coach Maria Lopez, a former player."),
            [c("We will win,", "Coach Maria Lopez", "said")]
        );
        assert_eq!(
            claims("Prices will rise, the bank warned on Friday."),
            [c("Prices will rise", "the bank", "warned")]
        );
    }

    #[test]
    fn joined_broken_quotes() {
        // Joined across the attribution, in its sentence or the next; a quote
        // after another sentence keeps its own claim and still points at the
        // speaker's claim, now the joined one.
        for text in [
            "“We will appeal,” Ms Okafor said, “because the ruling is wrong.” She \
             paused. “It ignores the evidence.”",
            "“We will appeal,” Ms Okafor said. “The ruling is wrong.” She \
             paused. “It ignores the evidence.”",
        ] {
            let a = Article::new(text);
            let ds = extract(&a);
            assert_eq!(ds.len(), 3, "{text}");
            let joined = join_broken_quotes(&a, ds);
            let contents: Vec<&str> = joined.iter().map(|d| d.content.slice(text)).collect();
            let (first, _) = text.split_once("” She").unwrap();
            assert_eq!(contents, [&first[3..], "It ignores the evidence."]);
            assert!(joined[0].source.is_some());
            assert!(joined[1].same_speaker_as.map_or(true, |k| k == 0));
        }
        // A first piece of reported words ending in a quote joins the quote
        // after the attribution.
        let text = "The board was \"out of ideas,\" said Ms Okafor. \"It has been for years.\"";
        let a = Article::new(text);
        let joined = join_broken_quotes(&a, extract(&a));
        let contents: Vec<&str> = joined.iter().map(|d| d.content.slice(text)).collect();
        assert_eq!(contents, [&text[..text.len() - 1]]);
        // A quote continued in the next paragraph joins the quote left open
        // before it; a quote that only opens the next paragraph does not.
        let text = "Ms Okafor said: “The ruling is wrong. We will appeal.\n\n“It \
                    ignores the evidence.”\n\nThe court declined to comment.";
        let a = Article::new(text);
        let joined = join_broken_quotes(&a, extract(&a));
        let contents: Vec<&str> = joined.iter().map(|d| d.content.slice(text)).collect();
        assert_eq!(
            contents,
            ["The ruling is wrong. We will appeal.\n\n“It ignores the evidence."]
        );
        let text = "“The ruling is wrong,” Ms Okafor said.\n\n“It ignores the evidence.”";
        let a = Article::new(text);
        assert_eq!(join_broken_quotes(&a, extract(&a)).len(), 2);
        // A claim reported inside the attribution stays its own claim and
        // does not part the two pieces.
        let text = "\"The harvest was poor,\" said Ana Ruiz, who noted that prices had \
                    doubled. \"We are hoping for rain.\"";
        let a = Article::new(text);
        let joined = join_broken_quotes(&a, extract(&a));
        let contents: Vec<&str> = joined.iter().map(|d| d.content.slice(text)).collect();
        assert_eq!(contents, [&text[1..text.len() - 1], "prices had doubled"]);
    }

    #[test]
    fn broken_quote_is_two_claims() {
        let got = claims("“A is true,” she said, “and B is too.”");
        assert_eq!(
            got,
            [
                c("A is true,", "she", "said"),
                c("and B is too.", "she", "said")
            ]
        );
    }

    #[test]
    fn according_to_both_ways() {
        assert_eq!(
            claims("Sales fell 5%, according to the trade body."),
            [c("Sales fell 5%", "the trade body", "according to")]
        );
        assert_eq!(
            claims("According to the police, two men were held."),
            [c("two men were held", "the police", "According to")]
        );
    }

    #[test]
    fn parentheticals_between_subject_and_verb() {
        assert_eq!(
            claims("The union, which represents 400 staff, warned that talks had failed."),
            [c("talks had failed", "The union", "warned")]
        );
        assert_eq!(
            claims("Its chief, Ana Ruiz, said costs were rising."),
            [c("costs were rising", "Ana Ruiz", "said")]
        );
        assert_eq!(
            claims("Critics, however, said the plan was flawed."),
            [c("the plan was flawed", "Critics", "said")]
        );
    }

    #[test]
    fn coordinated_verbs_split_content() {
        let got = claims("The mayor said the plan was fair and accused rivals of lying.");
        assert_eq!(
            got,
            [
                c("the plan was fair", "The mayor", "said"),
                c("rivals of lying", "The mayor", "accused")
            ]
        );
        let got = claims("The firm said profits rose, but declined to comment on job cuts.");
        assert_eq!(got, [c("profits rose", "The firm", "said")]);
    }

    #[test]
    fn contrast_splits_two_speakers() {
        let got =
            claims("The chief said crime fell, however, residents dubbed the figures as fiction.");
        assert_eq!(
            got,
            [
                c("crime fell", "The chief", "said"),
                c("the figures as fiction", "residents", "dubbed")
            ]
        );
    }

    #[test]
    fn standalone_quote_takes_neighbour_speaker() {
        let got = claims("The coach said the team was tired. “We need a break. Everyone does.”");
        assert_eq!(
            got[1],
            c("We need a break. Everyone does.", "The coach", "said")
        );
    }

    #[test]
    fn not_claims() {
        assert!(claims("Can the council find the money?").is_empty());
        assert!(claims("The show, “Life on Mars”, was watched by millions.").is_empty());
        assert!(claims("The storm has claimed the lives of six people.").is_empty());
        assert!(claims("She declined to comment.").is_empty());
    }
}
