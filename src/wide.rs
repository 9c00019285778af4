//! Wide attributions: what PolNeAR counts as an attribution and
//! ANNOTATION.md does not (see [`crate::Annotator::wide_attributions`]).
//!
//! The article is read a second time with the verbs of
//! `lexicon::WIDE_VERBS` in its lexicon, and the claims their cues make are
//! added to the others, and so are calls for something ("called for an
//! inquiry"), which the first reading leaves out. So are appearances ("the
//! front-runner seemed to be losing ground"), which PolNeAR marks as the
//! writer's own attribution, subject and all, with no source, questions put
//! to a speaker ("Asked whether he would run, the senator said …"), whose
//! asker the article seldom names, and polls that open a sentence ("In the
//! latest poll, the mayor led by 8 points"). The first reading's claims stay
//! as they are: a refusal inside a reported clause ("police say he refused
//! to drop the gun") is a claim of its own beside that clause, not a cut in
//! it.

use crate::article::Article;
use crate::claim::{self, Draft};
use crate::cue;
use crate::lexicon::{CueVerb, Frame, Lex};
use crate::model::{ClaimKind, CueCategory};
use crate::token::Kind;

/// Adds to `drafts`, read from `text` with the default lexicon, the claims
/// whose cue is a verb only wide attributions read, in text order.
pub(crate) fn add(text: &str, drafts: &mut Vec<Draft>) {
    let wide = Article::with_lexicon(text, true);
    let found = claim::extract(&wide);
    // "endorsed Trump last week at a rally": PolNeAR's endorsement is the
    // one endorsed, as a wide verb's object is.
    for d in drafts.iter_mut() {
        let Some(cue) = d.cue.clone() else { continue };
        let Some(verb) = wide.cue_verb(cue.start).filter(|v| v.lemma == "endorse") else {
            continue;
        };
        if d.kind == ClaimKind::Direct || d.content_tokens.start < cue.end {
            continue;
        }
        let r = d.content_tokens.clone();
        let end = content_end(&wide, verb, r.clone());
        // "… Cruz last week", "… her early over her rivals", "… Trump
        // and has appeared with him": the one endorsed is a noun phrase.
        let end = (r.start + 1..end)
            .find(|&j| {
                !wide.tokens[j].upper
                    && !wide.in_quote(j)
                    && wide.is_any(
                        j,
                        &[
                            "last", "this", "next", "early", "late", "and", "but", "despite",
                            "after", "before", "in", "on", "at", "during", "over",
                        ],
                    )
            })
            .unwrap_or(end);
        if end > d.content_tokens.start && end < d.content_tokens.end {
            end_content(&wide, d, end);
        }
    }
    // "said A, citing B": the first reading keeps what is cited in the
    // content (see `claim::absorbs_participle`); PolNeAR marks it apart,
    // but after a dispute ("called her a champion, citing …").
    let cited = |v: &CueVerb| v.lemma == "cite" && v.participle;
    for d in drafts
        .iter_mut()
        .filter(|d| !claim::disputes_on(d.category))
    {
        let r = d.content_tokens.clone();
        let cited = (r.start + 1..r.end)
            .find(|&j| wide.is(j - 1, ",") && wide.cue_verb(j).is_some_and(|v| cited(&v)));
        if let Some(j) = cited.filter(|&j| j - 1 > r.start && !wide.in_quote(j)) {
            end_content(&wide, d, j - 1);
        }
    }
    let mut extra = Vec::new();
    for d in &found {
        let Some(cue) = d.cue.clone() else { continue };
        // "called for an inquiry", "urged the mayor to resign", "praised
        // the veto": an appeal or a thing judged, which only the wide
        // reading claims (unless it quotes its words); "plans to cut jobs",
        // an intention, too.
        let appeal = |v: &CueVerb| claim::appeals(&wide, *v, cue.end) || cue::intends(v.lemma);
        // "announced the ban in June": an act announced, which only the
        // wide reading claims (see `claim::verb_claims`).
        let Some(verb) = wide
            .cue_verb(cue.start)
            // ("…, citing B": cut from the first reading's content above.)
            .filter(|v| v.wide || appeal(v) || v.lemma == "announce" || cited(v))
        else {
            continue;
        };
        // The verb's own content, after it in its sentence: not a quote
        // standing alone that took the verb's cue from its neighbour.
        // (A call for something may quote it: `called for "boots on the
        // ground."`.)
        if d.kind == ClaimKind::Direct && !appeal(&verb)
            || d.content_tokens.start < cue.end
            || d.content_tokens.start > cue.end + 6
            || opening_at(&wide, drafts, d.content_tokens.start)
                .any(|o| o.cue == d.cue && o.content_tokens == d.content_tokens)
        {
            continue;
        }
        let mut d = d.clone();
        // A topic ("discussed the wall, which …") runs on as the first
        // reading has it: PolNeAR's topics keep their descriptions.
        let mut end =
            if matches!(verb.lemma, "discuss" | "announce") || appeal(&verb) || cited(&verb) {
                d.content_tokens.end
            } else {
                content_end(&wide, verb, d.content_tokens.clone())
            };
        // "attacked Cruz relentlessly": the manner is not what was attacked.
        while end > d.content_tokens.start + 1 && manner(&wide, end - 1) {
            end -= 1;
        }
        let start = d.content_tokens.start;
        // "as mentioned above", "attacked viciously", "names mentioned as
        // potential nominees" (a passive describing them), "have been
        // discussing for weeks": nothing named.
        if end <= start
            || end == start + 1
                && (manner(&wide, start) || wide.is_any(start, &["above", "below", "earlier"]))
            || verb.frame == Frame::Object
                && wide.is_any(
                    start,
                    &["as", "for", "with", "in", "on", "at", "since", "until"],
                )
        {
            continue;
        }
        end_content(&wide, &mut d, end);
        // A verb joined to another ("said A and agreed to B") speaks
        // through the other's source, which is written out here: the
        // other's place among `drafts` is not known.
        if let Some(k) = d.same_speaker_as.take() {
            if d.source.is_none() {
                d.source = found[k].source.clone();
                d.descriptor = found[k].descriptor.clone();
            }
        }
        extra.push(d);
    }
    // "The trial is expected to last three weeks": a forecast no one is
    // named for, which the first reading leaves to the writer (see
    // `claim::extract`) and PolNeAR counts; unless the first reading has
    // it all the same, as the loop above asks.
    extra.extend(
        found
            .iter()
            .filter(|d| {
                d.source.is_none()
                    && d.cue
                        .as_ref()
                        .is_some_and(|c| c.end > c.start + 1 && wide.is(c.end - 1, "expected"))
                    && !opening_at(&wide, drafts, d.content_tokens.start)
                        .any(|o| o.cue == d.cue && o.content_tokens == d.content_tokens)
            })
            .cloned(),
    );
    appearances(&wide, drafts, &mut extra);
    questions(&wide, drafts, &mut extra);
    polls(&wide, drafts, &mut extra);
    no_reply(&wide, drafts, &mut extra);
    met_to_discuss(&wide, drafts, &mut extra);
    if !extra.is_empty() {
        drafts.extend(extra);
        claim::into_text_order(drafts);
    }
}

/// Where the content `r` of a wide verb ends. PolNeAR's content of a
/// commitment is the infinitive and its objects ("declined to speak to
/// reporters", not "… as she left"), and of a mention or an attack the
/// thing named and what it is called or blamed for ("attacked her as a
/// fraud", not "… during the debate").
fn content_end(a: &Article, verb: CueVerb, r: std::ops::Range<usize>) -> usize {
    let mut complement = false;
    for j in r.start + 1..r.end {
        if a.in_quote(j) || a.tokens[j].kind == Kind::Quote {
            continue;
        }
        if a.is_separator(j) || a.is_any(j, &[";", ":"]) {
            return j;
        }
        if a.tokens[j].kind != Kind::Word || a.tokens[j].upper {
            continue;
        }
        // "global allies as well as adversaries" goes on.
        if a.is(j, "as") && a.is(j + 1, "well") && a.is(j + 2, "as") {
            continue;
        }
        if a.is_any(
            j,
            &[
                "as", "though", "although", "while", "when", "because", "until", "after", "before",
                "since", "so", "if", "unless", "should", "whereas", "during",
            ],
        ) && !(verb.frame == Frame::Object && !complement && a.is(j, "as"))
        {
            return j;
        }
        if verb.frame == Frame::Object && !complement {
            // "likened the rules to burning the Constitution": what one
            // thing is likened to is part of the likening.
            if a.is_any(j, &["for", "as", "over"]) || verb.lemma == "liken" && a.is(j, "to") {
                complement = true;
            } else if a.is_any(
                j,
                &[
                    "in", "at", "on", "during", "from", "to", "with", "through", "via", "amid",
                ],
            ) && j + 1 < r.end
                // A phrase of place or time: "in early-morning tweets", "at
                // the start of his speech", not "on stage for …".
                && (a.is_in(j + 1, Lex::Determiner)
                    || a.tokens[j + 1].upper
                    || a.tokens[j + 1].kind != Kind::Word && a.tokens[j + 1].kind != Kind::Quote
                    || a.is_in(j + 1, Lex::TimeWord))
                // "thanked Cruz on Twitter for backing …": what it is for
                // is still to come.
                && !(j + 2..r.end).any(|k| a.is_any(k, &["for", "as"]) && !a.in_quote(k))
            {
                return j;
            }
        }
    }
    r.end
}

/// Ends `d`'s content at token `end`: its bytes and its kind follow.
fn end_content(a: &Article, d: &mut Draft, end: usize) {
    d.content_tokens.end = end;
    d.content = claim::span_of(a, d.content_tokens.clone());
    d.kind = reported_kind(a, d.content_tokens.clone());
}

/// An adverb of manner: a lower-case word in "-ly" ("relentlessly").
fn manner(a: &Article, j: usize) -> bool {
    let t = &a.tokens[j];
    t.kind == Kind::Word && !t.upper && a.word(j).ends_with("ly") && a.word(j).len() > 4
}

/// "X seems to …", "X appeared to …": the writer's judgement of how things
/// look, which PolNeAR marks as an attribution without a source whose
/// content is the whole clause, its subject included.
fn appearances(a: &Article, drafts: &[Draft], out: &mut Vec<Draft>) {
    for (si, sentence) in a.sentences.iter().enumerate() {
        let lo = sentence.tokens.start;
        for i in sentence.tokens.clone() {
            if a.in_quote(i)
                || !a.lower_is(i, |w| {
                    matches!(
                        w,
                        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
                    )
                })
                || !crate::cue::infinitive(a, i + 1, sentence.tokens.end)
            {
                continue;
            }
            // Over "has", "also" and the like to the subject's last word.
            let mut p = i;
            while p > lo && a.tokens[p - 1].kind == Kind::Word && a.is_modifier(p - 1)
                || p > lo && a.is_any(p - 1, &["has", "have", "had", "would", "may", "might"])
            {
                p -= 1;
            }
            // The clause's subject, with all it holds ("the policy of
            // mandating that voters stay on the rolls appears …"), from the
            // sentence's start or the word that opens the clause.
            let start = (lo..p)
                .rev()
                .find(|&j| {
                    !a.in_quote(j)
                        && (a.is_separator(j)
                            || a.tokens[j].kind == Kind::Quote
                            || a.is(j, ":")
                            || (!a.tokens[j].upper || j == lo)
                                && a.is_in(j, Lex::ClauseOpener)
                                && !a.is_any(j, &["and", "or"]))
                })
                .map_or(lo, |j| j + 1);
            // Not a clause another claim reports ("said that she seemed
            // to …"), nor one whose verb reports ("seemed to suggest that
            // …", a claim of the first reading's).
            if start >= p
                || a.is_in(start, Lex::Relative) && p - start == 1
                || a.cue_verb(i + 2).is_some()
                || opening_at(a, drafts, start).next().is_some()
            {
                continue;
            }
            let subject = start..p;
            let verb = a.cue_verb(i).unwrap_or(crate::lexicon::PUT_IT);
            let end = content_end(
                a,
                CueVerb {
                    infinitive: true,
                    ..verb
                },
                i..sentence.tokens.end,
            );
            let end = claim::trim_end(a, subject.start, end);
            if end <= i + 2 {
                continue;
            }
            out.push(sourceless(
                a,
                si,
                i,
                subject.start..end,
                CueCategory::Belief,
            ));
        }
    }
}

/// "Asked whether he would run, …", "when asked about the audit", "was
/// asked why …": a question put to someone, which PolNeAR marks as an
/// attribution of its own, the question its content. The asker goes
/// unnamed, so it has no source.
fn questions(a: &Article, drafts: &[Draft], out: &mut Vec<Draft>) {
    for (si, sentence) in a.sentences.iter().enumerate() {
        let (lo, hi) = (sentence.tokens.start, sentence.tokens.end);
        for i in sentence.tokens.clone() {
            // Put to someone: at the clause's start, or after "when",
            // "after" or a passive's auxiliary ("he was asked").
            if a.in_quote(i)
                || !a.lower_is(i, |w| w == "asked")
                || !(i == lo
                    || a.is(i - 1, ",")
                    || a.is_any(i - 1, &["when", "after", "was", "were", "is", "being"]))
            {
                continue;
            }
            let mut s = i + 1;
            if a.is(s, "specifically") {
                s += 1;
            }
            // "asked by a reporter whether …": the one asking.
            let mut asker = None;
            if a.is(s, "by") {
                let q = (s + 2..hi.min(s + 8))
                    .take_while(|&j| a.tokens[j].kind == Kind::Word)
                    .find(|&j| a.lower_is(j, crate::lexicon::is_question_word));
                let Some(q) = q else { continue };
                asker = Some(s + 1..q);
                s = q;
            }
            if a.is(s, "about") {
                s += 1;
            } else if !a.lower_is(s, crate::lexicon::is_question_word) {
                continue;
            }
            if s >= hi || opening_at(a, drafts, s).next().is_some() {
                continue;
            }
            // To the comma that ends the question ("…, the senator said"),
            // or the clause's end.
            let end = (s + 1..hi)
                .find(|&j| !a.in_quote(j) && (a.is_any(j, &[",", ";", ":"]) || a.is_dash(j)))
                .unwrap_or(hi);
            let end = claim::trim_end(a, s, end);
            if end <= s + 1 {
                continue;
            }
            let mut d = sourceless(a, si, i, s..end, CueCategory::Assert);
            d.source = asker;
            out.push(d);
        }
    }
}

/// "In the latest Washington Post-ABC News poll, conducted in May, Clinton
/// led Trump 47 percent to 39 percent": a poll that opens its sentence is
/// the source of what follows, which PolNeAR marks with "In" for its cue.
/// Not a place ("In eight of nine states where exit polls were
/// conducted"), nor a poll someone else reads ("In a survey of 800
/// voters, Democracy Corps found …": that finder is the source).
fn polls(a: &Article, drafts: &[Draft], out: &mut Vec<Draft>) {
    let poll = |j: usize| a.is_any(j, &["poll", "polls", "survey", "surveys"]);
    for (si, sentence) in a.sentences.iter().enumerate() {
        let (i, hi) = (sentence.tokens.start, sentence.tokens.end);
        if !a.is_word(i, "In") || a.in_quote(i) {
            continue;
        }
        let Some(comma) = (i + 1..hi.min(i + 16)).find(|&j| a.is(j, ",") && !a.in_quote(j)) else {
            continue;
        };
        let named = (i + 1..comma).find(|&j| poll(j)).is_some_and(|p| {
            (i + 1..p).all(|j| !a.is_in(j, Lex::Relative) && !a.is_any(j, &["of", "where", "when"]))
        });
        if !named {
            continue;
        }
        // "…, conducted in May, …": the poll's description goes with it.
        let mut s = comma + 1;
        if a.lower_is(s, |w| w.ends_with("ed")) {
            match (s + 1..hi.min(s + 12)).find(|&j| a.is(j, ",") && !a.in_quote(j)) {
                Some(c) => s = c + 1,
                None => continue,
            }
        }
        let end = claim::trim_end(a, s, hi);
        let others_source = drafts.iter().any(|d| {
            d.sentence == si
                && d.source
                    .as_ref()
                    .is_some_and(|r| r.start == s && !crate::cue::is_count(a, s))
        });
        if end < s + 3 || others_source {
            continue;
        }
        let mut d = sourceless(a, si, i, s..end, CueCategory::Assert);
        d.source = Some(i + 1..comma);
        out.push(d);
    }
}

/// "The campaign did not immediately respond to requests for comment": a
/// refusal by silence, which PolNeAR marks as it marks "declined to
/// comment", the requests its content.
fn no_reply(a: &Article, drafts: &[Draft], out: &mut Vec<Draft>) {
    for (si, sentence) in a.sentences.iter().enumerate() {
        let (lo, hi) = (sentence.tokens.start, sentence.tokens.end);
        for i in lo + 2..hi {
            if a.in_quote(i) || !a.is_any(i, &["respond", "reply", "return"]) || !a.is(i + 1, "to")
            {
                continue;
            }
            let mut n = i - 1;
            if a.is(n, "immediately") {
                n -= 1;
            }
            if !(a.is_any(n, &["not", "n't"])
                && n > lo
                && a.is_any(n - 1, &["did", "has", "have", "had"])
                || a.is_any(
                    n,
                    &["didn't", "didn’t", "hasn't", "hasn’t", "haven't", "haven’t"],
                ))
            {
                continue;
            }
            let aux = if a.is_any(n, &["not", "n't"]) {
                n - 1
            } else {
                n
            };
            let Some(subject) = (aux > lo).then(|| claim::np_back(a, aux - 1, lo)).flatten() else {
                continue;
            };
            let s = i + 1;
            let end = phrase_end(a, s, hi);
            if end <= s + 1 || opening_at(a, drafts, s).next().is_some() {
                continue;
            }
            let mut d = sourceless(a, si, i, s..end, CueCategory::Respond);
            d.cue = Some(aux..i + 1);
            d.source = Some(subject);
            out.push(d);
        }
    }
}

/// "European leaders gathered Friday to discuss the crisis", "called an
/// emergency meeting to discuss the test": a meeting held to talk about
/// something names a topic, which PolNeAR marks as it marks "discussed the
/// crisis" (not "too early to discuss", "refused to discuss": no meeting).
/// The subject of a verb of meeting is the source; of a meeting named by
/// a noun, it is left unnamed.
fn met_to_discuss(a: &Article, drafts: &[Draft], out: &mut Vec<Draft>) {
    const VERBS: &[&str] = &["met", "meet", "gathered", "convened", "visited", "mingle"];
    const NOUNS: &[&str] = &["meeting", "gathering", "summit", "session"];
    for (si, sentence) in a.sentences.iter().enumerate() {
        let (lo, hi) = (sentence.tokens.start, sentence.tokens.end);
        // "went on to discuss", inside the sentence.
        let went_on = |j: usize| j > lo && a.is(j, "on") && a.is(j - 1, "went");
        for i in lo + 2..hi {
            if a.in_quote(i) || !a.is(i, "discuss") || !a.is(i - 1, "to") {
                continue;
            }
            let Some(m) = (lo.max(i.saturating_sub(10))..i - 1)
                .rev()
                .take_while(|&j| !a.is_separator(j))
                .find(|&j| a.is_any(j, VERBS) || a.is_any(j, NOUNS) || went_on(j))
            else {
                continue;
            };
            let s = i + 1;
            let end = phrase_end(a, s, hi);
            if end <= s || opening_at(a, drafts, s).next().is_some() {
                continue;
            }
            let verb = a.is_any(m, VERBS) || went_on(m);
            let subject = if went_on(m) { m - 1 } else { m };
            let mut d = sourceless(a, si, i, s..end, CueCategory::Assert);
            d.cue = Some(i - 1..i + 1);
            d.source = (verb && subject > lo)
                .then(|| claim::np_back(a, subject - 1, lo))
                .flatten();
            out.push(d);
        }
    }
}

/// Where a phrase from token `s` ends: at the first comma, dash, stop,
/// semicolon or colon outside a quote, before `hi`, trimmed.
fn phrase_end(a: &Article, s: usize, hi: usize) -> usize {
    let end = (s + 1..hi)
        .find(|&j| !a.in_quote(j) && (a.is_separator(j) || a.is_any(j, &[".", ";", ":"])))
        .unwrap_or(hi);
    claim::trim_end(a, s, end)
}

/// A claim of sentence `si` with no source: cue token `cue`, content
/// tokens `r`, mixed when a quote opens in it.
fn sourceless(
    a: &Article,
    si: usize,
    cue: usize,
    r: std::ops::Range<usize>,
    category: CueCategory,
) -> Draft {
    Draft {
        cue: Some(cue..cue + 1),
        category,
        source: None,
        descriptor: None,
        same_speaker_as: None,
        content: claim::span_of(a, r.clone()),
        kind: reported_kind(a, r.clone()),
        content_tokens: r,
        sentence: si,
        paragraph: a.sentences[si].paragraph,
        contrast: false,
        confidence: 0.5,
    }
}

/// The claims of `drafts`, in text order, whose content opens at token `s`:
/// found by bisection, as the wide pass asks for every claim it adds.
fn opening_at<'d>(a: &Article, drafts: &'d [Draft], s: usize) -> impl Iterator<Item = &'d Draft> {
    let at = a.tokens[s].span().start;
    let first = drafts.partition_point(|d| d.content.start < at);
    drafts[first..]
        .iter()
        .take_while(move |d| d.content.start == at)
        .filter(move |d| d.content_tokens.start == s)
}

/// The kind of a reported content over tokens `r`: mixed when a quote
/// opens in it.
fn reported_kind(a: &Article, r: std::ops::Range<usize>) -> ClaimKind {
    if r.into_iter().any(|j| a.quote_opened_at(j).is_some()) {
        ClaimKind::Mixed
    } else {
        ClaimKind::Indirect
    }
}

#[cfg(test)]
mod tests {
    use crate::Annotator;

    #[test]
    fn a_question_in_an_attribution_does_not_part_a_broken_quote() {
        let text = "\"We are ready,\" the coach said when asked about the injuries, \
                    \"and we will win.\"";
        let found = Annotator::new()
            .join_broken_quotes(true)
            .wide_attributions(true)
            .try_annotate(text)
            .unwrap();
        let contents: Vec<&str> = found.claims.iter().map(|c| c.content.slice(text)).collect();
        assert_eq!(
            contents,
            [
                "We are ready,\" the coach said when asked about the injuries, \"and we will win.",
                "the injuries"
            ]
        );
    }
}
