//! Cutting an article into paragraphs and sentences.
//!
//! A quotation is never cut: "She said: "A. B."" is one sentence, so a quote
//! of several sentences stays one claim. Full stops after abbreviations and
//! initials do not end a sentence.

use crate::lexicon::{cue_verb, is_abbreviation, lower};
use crate::quote::{starts_paragraph, Quote};
use crate::span::Span;
use crate::token::{Kind, Token};
use std::ops::Range;

/// One sentence: a run of tokens within one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Its tokens, as indices into the token list.
    pub tokens: Range<usize>,
    /// The paragraph it belongs to, counting from 0.
    pub paragraph: usize,
    /// Bytes from its first to its last token.
    pub span: Span,
}

/// Splits the tokens into sentences, never inside a quote.
// Kept out of `Article::new`, as `token::tokenize` is: inlined there, it
// ran 0.7 M more instructions on a megabyte of news.
#[inline(never)]
pub fn split(text: &str, tokens: &[Token], quotes: &[Quote]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut paragraph = 0;
    let mut q = 0; // next quote that may contain the current token
    let push = |s: usize, e: usize, paragraph: usize, out: &mut Vec<Sentence>| {
        if e > s {
            out.push(Sentence {
                tokens: s..e,
                paragraph,
                span: Span::new(tokens[s].span().start, tokens[e - 1].span().end),
            });
        }
    };
    let mut next = 0;
    if let Some(e) = dateline_end(text, tokens, 0) {
        push(0, e, paragraph, &mut out);
        start = e;
        next = e;
    }
    // Only a line break, a stop or a closing quote mark ends a sentence:
    // the words and numbers in between, most tokens, are passed over in a
    // loop of their own (in the loop below, its state spilled to the stack
    // made each word cost three times as much).
    while let Some(skip) = tokens[next..].iter().position(|t| {
        t.breaks != 0 || !matches!(t.kind, Kind::Word | Kind::Number | Kind::Possessive)
    }) {
        let i = next + skip;
        next = i + 1;
        // Asked once per token: the dateline below needs it too.
        let para = i >= start && starts_paragraph(tokens, i, text);
        if para && i > start {
            push(start, i, paragraph, &mut out);
            paragraph += 1;
            start = i;
        } else if para && i > 0 && !out.is_empty() {
            paragraph += 1;
        }
        if para {
            if let Some(e) = dateline_end(text, tokens, i) {
                push(i, e, paragraph, &mut out);
                start = e;
                next = e;
                continue;
            }
        }
        while q < quotes.len() && quotes[q].end < i {
            q += 1;
        }
        let inside = q < quotes.len() && quotes[q].open < i && i < quotes[q].end;
        // The stop before a quote's closing mark at `i`, past the marks of
        // quotes closed inside it (`bad.'''`), looked for only at a closing
        // mark and at most three marks back: a run of marks is no sentence.
        let closing_stop = (q < quotes.len() && quotes[q].close == Some(i))
            .then(|| {
                (i.saturating_sub(3)..i)
                    .rev()
                    .find(|&k| tokens[k].kind != Kind::Quote)
            })
            .flatten()
            .filter(|&k| matches!(tokens[k].text(text), "." | "!" | "?" | "…"));
        let closes_after_stop = closing_stop.is_some();
        if !closes_after_stop
            && (inside
                || !ends_sentence(text, tokens, i)
                    && !quote_after_abbreviation(text, tokens, quotes.get(q), i))
        {
            continue;
        }
        // Take closing quote marks and brackets that follow the stop.
        let mut e = i + 1;
        while e < tokens.len()
            && !tokens[e].space_before
            && matches!(
                tokens[e].text(text),
                "\"" | "”" | "’" | "'" | "''" | ")" | "»"
            )
        {
            e += 1;
        }
        if e < tokens.len()
            && !starts_paragraph(tokens, e, text)
            && !opens_sentence(text, &tokens[e])
        {
            continue;
        }
        // `“…” ― Krystal Correa`: a dash after a closing quote signs the
        // quote with its speaker's name; the name belongs to its sentence.
        let after_quote = closes_after_stop || e > i + 1;
        if after_quote
            && e + 1 < tokens.len()
            && matches!(tokens[e].text(text), "—" | "–" | "―")
            && tokens[e + 1].upper
            && !starts_paragraph(tokens, e, text)
            && !starts_paragraph(tokens, e + 1, text)
        {
            continue;
        }
        // `“…right?” Trump said.`: a question or exclamation inside a quote
        // does not end the sentence when a name and its reporting verb follow.
        let stop = closing_stop.unwrap_or(i);
        if matches!(tokens[stop].text(text), "?" | "!")
            && (closes_after_stop || e > i + 1)
            && attribution_follows(text, tokens, e)
        {
            continue;
        }
        push(start, e, paragraph, &mut out);
        start = e;
    }
    push(start, tokens.len(), paragraph, &mut out);
    out
}

/// Where a dateline that opens a paragraph ends, after its dash:
/// "WASHINGTON — ", "NEWPORT NEWS, Va. - ", "CHARLOTTE (AP) -- ", or
/// after its colon where the article opens: "NEW DELHI: ". It is a
/// sentence of its own, so that no content or speaker's name takes it in.
fn dateline_end(text: &str, tokens: &[Token], s: usize) -> Option<usize> {
    let capitals = |t: &Token| {
        t.kind == Kind::Word && {
            let w = t.text(text);
            // Capitals as the tokenizer marks them, and no small letter
            // (only ASCII ones are looked for: the Unicode tables cost size).
            t.upper && w.len() >= 2 && !w.bytes().any(|b| b.is_ascii_lowercase())
        }
    };
    let mut j = s;
    while j < tokens.len() && j < s + 4 && capitals(&tokens[j]) {
        j += 1;
    }
    // "Mumbai: Streaming platform …": a place in small letters and a colon
    // where the article opens, before a paragraph of news. (A headline
    // says "Pence: Flowers won't be at debate." in a line of its own.)
    if j == s && s == 0 && tokens.len() > 2 {
        let place = &tokens[0];
        let long_paragraph = || {
            tokens[2..]
                .iter()
                .take_while(|t| t.breaks < 2)
                .take(30)
                .count()
                == 30
        };
        if place.kind == Kind::Word
            && place.upper
            && place.text(text).len() >= 3
            && tokens[1].text(text) == ":"
            && tokens[1].breaks == 0
            && tokens[2].upper
            && tokens[2].breaks == 0
            && long_paragraph()
        {
            return Some(2);
        }
    }
    if j == s {
        return None;
    }
    // ", Va.", ", W.Va.", "(AP)", ", Kan. (AP)", ", Sept 15 (Reuters)": a
    // state, a date, an agency or both; ", Ariz., Aug. 9 (Southwest News
    // Service)": all three.
    let mut k = j;
    if k < tokens.len() && matches!(tokens[k].text(text), "," | "(") {
        k += 1;
        while k < tokens.len()
            && k < j + 15
            && (tokens[k].upper
                || tokens[k].kind == Kind::Number
                || matches!(tokens[k].text(text), "." | "(" | ")" | ","))
            && tokens[k].breaks == 0
        {
            k += 1;
        }
    }
    let dash = |i: usize| {
        i < tokens.len()
            && tokens[i].breaks == 0
            && matches!(tokens[i].text(text), "—" | "–" | "-" | "--")
    };
    // "NEW DELHI: ", "KUALA LUMPUR: ": the colon of South Asian and
    // Malaysian papers, only where the article opens (inside an article,
    // capitals and a colon may be a speaker's turn in a transcript).
    // ("AP: Trump aide …" is a headline's source: a place has three
    // letters or more.)
    let colon = s == 0
        && k == j
        && (s..j).all(|t| tokens[t].text(text).len() >= 3)
        && k < tokens.len()
        && tokens[k].breaks == 0
        && tokens[k].text(text) == ":";
    if !dash(k) && !colon {
        return None;
    }
    let mut e = k + 1;
    if !colon && dash(e) && !tokens[e].space_before {
        e += 1;
    }
    (e < tokens.len() && tokens[e].breaks == 0 && tokens[e].space_before).then_some(e)
}

/// At token `e`: a name of capitalised words (a title's dot included, six
/// tokens at most), then a reporting verb in the past or present ("Trump
/// said", "Gov. Ann Lee says"), all on the same line; not a pronoun.
fn attribution_follows(text: &str, tokens: &[Token], e: usize) -> bool {
    let mut j = e;
    while j < tokens.len() && j - e < 6 && (tokens[j].upper || tokens[j].text(text) == ".") {
        if tokens[j].breaks > 0 {
            return false;
        }
        j += 1;
    }
    let mut buf = [0; 24];
    // A capitalised pronoun opens a sentence of its own: `“Why?” he said` keeps it lower-case.
    let pronoun = lower(tokens.get(e).map_or("", |t| t.text(text)), &mut buf)
        .is_some_and(|w| crate::lexicon::pronoun(w).is_some());
    j > e
        && !pronoun
        && tokens[e].upper
        && j < tokens.len()
        && tokens[j].breaks == 0
        && tokens[j].kind == Kind::Word
        && lower(tokens[j].text(text), &mut buf)
            .and_then(cue_verb)
            .is_some_and(|v| !v.participle && v.lemma != "call")
}

/// Token `i` is a full stop after an abbreviation ("N.Y.", "p.m.") and
/// `quote`, the next quotation, opens right after it on a capital: `said at
/// a rally in Albany, N.Y. "We will …"`. A title does not stand before a
/// quote mark, so the quotation starts a sentence of its own, as after any
/// other stop.
fn quote_after_abbreviation(text: &str, tokens: &[Token], quote: Option<&Quote>, i: usize) -> bool {
    quote.is_some_and(|q| {
        q.open == i + 1
            && tokens[i].text(text) == "."
            && tokens[q.open].space_before
            && i.checked_sub(1).is_some_and(|p| {
                let mut buf = [0; 24];
                !lower(tokens[p].text(text), &mut buf).is_some_and(crate::lexicon::is_title)
            })
            && tokens.get(q.first).is_some_and(|t| t.upper)
    })
}

/// Token `i` is a stop that can end a sentence.
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    // The stops are all punctuation: most tokens are answered without
    // looking at their text.
    if t.kind != Kind::Punct {
        return false;
    }
    match t.text(text) {
        "!" | "?" | "…" => true,
        "." => {
            let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
                return true;
            };
            if prev.kind != Kind::Word || t.space_before {
                return true;
            }
            let w = prev.text(text);
            // "RM2.4 billion", "v1.5": a stop straight before a figure is a
            // decimal point; "Signal No. 4", "Art. 21": one after a
            // numbering word, before a figure, abbreviates it.
            let figure_next = tokens.get(i + 1).filter(|n| n.kind == Kind::Number);
            if figure_next.is_some_and(|n| {
                !n.space_before || matches!(w, "No" | "Nos" | "Art" | "Sec" | "Vol" | "Ch")
            }) {
                return false;
            }
            let mut buf = [0; 24];
            // "J. Smith", and the party and state of "(R-S.C.)". Titles and
            // states are capitalised: "fallen ill." and "a full mass." end
            // sentences; "etc." and "p.m." are written in lower case.
            let capital = w.starts_with(|c: char| c.is_uppercase());
            // Most words before a stop are in lower case and none of these:
            // turned away without being lower-cased and looked up.
            let may_abbreviate = capital
                || ["etc", "vs", "e.g", "i.e", "a.m", "p.m", "approx"]
                    .iter()
                    .any(|a| w.eq_ignore_ascii_case(a));
            // "at 1 a.m. Monday", "8 p.m. ET": a time goes on into its day
            // or its zone.
            // ("a.m." is four tokens: "a", ".", "m", ".".)
            let time = w.eq_ignore_ascii_case("m")
                && i >= 3
                && tokens[i - 2].text(text) == "."
                && matches!(tokens[i - 3].text(text), "a" | "p" | "A" | "P")
                && tokens.get(i + 1).is_some_and(|n| {
                    let w = n.text(text);
                    matches!(w, "ET" | "GMT" | "BST" | "UTC")
                        || lower(w, &mut buf).is_some_and(crate::lexicon::is_weekday)
                });
            !(time
                || is_initials(w)
                || may_abbreviate && lower(w, &mut buf).is_some_and(is_abbreviation))
        }
        _ => false,
    }
}

/// True when every part of `w` between hyphens is one capital letter ("J",
/// "R-S"). One pass over the characters, which for most words before a
/// full stop ends at the first.
fn is_initials(w: &str) -> bool {
    let mut letter_next = true;
    for c in w.chars() {
        if letter_next {
            if !c.is_uppercase() {
                return false;
            }
        } else if c != '-' {
            return false;
        }
        letter_next = !letter_next;
    }
    !letter_next
}

/// A token that can open a sentence: a capital (also inside a name written
/// as "eBay" or "easyJet"), a digit or a quote mark.
fn opens_sentence(text: &str, t: &Token) -> bool {
    t.upper
        || matches!(t.kind, Kind::Number | Kind::Quote)
        || t.kind == Kind::Word && {
            let w = t.text(text).as_bytes();
            w.len() > 2 && w[1..].iter().any(u8::is_ascii_uppercase) && !w.contains(&b'-')
        }
        || matches!(t.text(text), "(" | "[" | "—" | "-" | "–" | "―")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{quote, token::tokenize};

    fn sentences(text: &str) -> Vec<(usize, &str)> {
        let tokens = tokenize(text);
        let quotes = quote::find(text, &tokens);
        split(text, &tokens, &quotes)
            .iter()
            .map(|s| (s.paragraph, s.span.slice(text)))
            .collect()
    }

    #[test]
    fn splits_on_stops_not_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith said no. Dr. Jones in the U.S. agreed."),
            [
                (0, "Mr. Smith said no."),
                (0, "Dr. Jones in the U.S. agreed.")
            ]
        );
        assert_eq!(
            sentences("Sen. Lindsey Graham (R-S.C.) said no. Then?"),
            [(0, "Sen. Lindsey Graham (R-S.C.) said no."), (0, "Then?")]
        );
        // A state's abbreviation is capitalised; the same word in lower
        // case ends its sentence.
        assert_eq!(
            sentences("He lives in Springfield, Ill. and farms. No one fell ill. Then?"),
            [
                (0, "He lives in Springfield, Ill. and farms."),
                (0, "No one fell ill."),
                (0, "Then?")
            ]
        );
        assert_eq!(
            sentences("Doors open at 7 p.m. on Friday. Then?"),
            [(0, "Doors open at 7 p.m. on Friday."), (0, "Then?")]
        );
        // A time goes on into its day or zone; after it, a stop still ends.
        assert_eq!(
            sentences("It ended at 1 a.m. Monday. Polls shut at 8 p.m. ET. He left at 9 p.m. Police said so."),
            [
                (0, "It ended at 1 a.m. Monday."),
                (0, "Polls shut at 8 p.m. ET."),
                (0, "He left at 9 p.m."),
                (0, "Police said so.")
            ]
        );
        assert_eq!(
            sentences("Edwin G. Monroy wrote. Then?"),
            [(0, "Edwin G. Monroy wrote."), (0, "Then?")]
        );
        // A quotation opening after a place's abbreviation starts a
        // sentence; after a title it is a nickname inside the name.
        assert_eq!(
            sentences("He spoke in Dover, Del. \"We won.\" Gov. \"Red\" Ames sat."),
            [
                (0, "He spoke in Dover, Del."),
                (0, "\"We won.\""),
                (0, "Gov. \"Red\" Ames sat.")
            ]
        );
    }

    #[test]
    fn datelines_are_sentences_of_their_own() {
        for (text, dateline) in [
            ("WASHINGTON — He spoke.", "WASHINGTON —"),
            ("NEWPORT NEWS, Va. - He spoke.", "NEWPORT NEWS, Va. -"),
            ("CHARLOTTE (AP) -- He spoke.", "CHARLOTTE (AP) --"),
            ("RENO, Nev. (AP) — He spoke.", "RENO, Nev. (AP) —"),
            (
                "TALLIN, Sept 15 (Harbour Wire) - He spoke.",
                "TALLIN, Sept 15 (Harbour Wire) -",
            ),
            (
                "MESA FLATS, Ariz., Aug. 9 (Desert Wire Service) — He spoke.",
                "MESA FLATS, Ariz., Aug. 9 (Desert Wire Service) —",
            ),
        ] {
            assert_eq!(sentences(text), [(0, dateline), (0, "He spoke.")], "{text}");
        }
    }

    #[test]
    fn quotes_are_not_cut() {
        assert_eq!(
            sentences("She said: “A is so. B is not.” He left."),
            [(0, "She said: “A is so. B is not.”"), (0, "He left.")]
        );
        assert_eq!(sentences("“A. B,” she said."), [(0, "“A. B,” she said.")]);
    }

    #[test]
    fn a_quoted_question_keeps_its_attribution() {
        assert_eq!(
            sentences("“Why not?” Ana Ruiz said. “Go!” He left."),
            [
                (0, "“Why not?” Ana Ruiz said."),
                (0, "“Go!”"),
                (0, "He left.")
            ]
        );
        // Not after a full stop: the name opens a sentence of its own.
        assert_eq!(
            sentences("“It is done.” Ruiz said more."),
            [(0, "“It is done.”"), (0, "Ruiz said more.")]
        );
    }

    #[test]
    fn initials_are_single_capitals_between_hyphens() {
        for w in [
            "", "J", "j", "JS", "R-S", "R-S-C", "R-", "-R", "R--S", "R-s", "É", "É-Ü", "said", "U",
            "Ab", "-", "A-BC",
        ] {
            let by_parts = w
                .split('-')
                .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
            assert_eq!(is_initials(w), by_parts, "{w:?}");
        }
    }

    #[test]
    fn paragraphs_are_numbered() {
        assert_eq!(
            sentences("One.\n\nTwo. Three.\n\nFour"),
            [(0, "One."), (1, "Two."), (1, "Three."), (2, "Four")]
        );
    }

    #[test]
    fn a_stop_before_a_figure_is_no_end() {
        assert_eq!(
            sentences("It cost RM2.4 billion. Signal No. 4 was raised. Art. 21 applies."),
            [
                (0, "It cost RM2.4 billion."),
                (0, "Signal No. 4 was raised."),
                (0, "Art. 21 applies.")
            ]
        );
        // A stop and a space before a figure end a sentence after other words.
        assert_eq!(
            sentences("He said no. 40 people left."),
            [(0, "He said no."), (0, "40 people left.")]
        );
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("PORTVILLE — The dam held. Rain fell.\n\nNEW HAVEN, Conn. -- It rained."),
            [
                (0, "PORTVILLE —"),
                (0, "The dam held."),
                (0, "Rain fell."),
                (1, "NEW HAVEN, Conn. --"),
                (1, "It rained.")
            ]
        );
        // The colon of South Asian and Malaysian papers, where the article
        // opens; not inside it, where it may be a speaker's turn.
        assert_eq!(
            sentences("NEW DELHI: The court ruled. It rained.\n\nSMITH: We will appeal."),
            [
                (0, "NEW DELHI:"),
                (0, "The court ruled."),
                (0, "It rained."),
                (1, "SMITH: We will appeal.")
            ]
        );
        // Capitals inside a paragraph, or with no dash after them, are no dateline.
        assert_eq!(
            sentences("NASA said it would wait.\n\nThe FBI — and the CIA — agreed."),
            [
                (0, "NASA said it would wait."),
                (1, "The FBI — and the CIA — agreed.")
            ]
        );
    }
}
