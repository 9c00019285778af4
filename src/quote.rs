//! Finding quotations: which quote marks open and close a quote, and which
//! are apostrophes.
//!
//! Straight (`"…"`), curly (`“…”`), British single (`'…'`, `‘…’`) and
//! guillemet styles are paired within a paragraph, with quotes of the other
//! style nested inside. A quote left open at the end of a paragraph whose next
//! paragraph opens with a quote mark is the newspaper convention for a quote
//! that goes on: it is closed at the paragraph's end and flagged.

use crate::span::Span;
use crate::token::{Kind, Token};

/// One top-level quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Index of the opening mark's token.
    pub open: usize,
    /// Index of the closing mark's token; `None` when the quote runs to the
    /// end of its paragraph and carries on in the next.
    pub close: Option<usize>,
    /// The quoted text, marks excluded.
    pub inner: Span,
    /// The quoted text with its marks.
    pub outer: Span,
    /// First token inside the quote.
    pub first: usize,
    /// One past the last token inside the quote.
    pub end: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Double,
    Single,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open(Style),
    Close(Style),
    /// Straight marks: opens or closes by context.
    Either(Style),
}

fn role(mark: &str) -> Role {
    match mark {
        "“" | "„" | "«" | "‟" => Role::Open(Style::Double),
        "”" | "»" => Role::Close(Style::Double),
        "‘" | "‚" | "‹" | "‛" => Role::Open(Style::Single),
        "’" | "›" => Role::Close(Style::Single),
        "'" => Role::Either(Style::Single),
        _ => Role::Either(Style::Double),
    }
}

/// How many quotes may be open at once inside a paragraph.
const MAX_DEPTH: usize = 8;

/// Opens a quote. Real nesting is shallow; keeping the stack short (the
/// outermost quote and the latest ones) keeps a paragraph of stray marks linear.
fn push_open(stack: &mut Vec<(usize, Style)>, open: (usize, Style)) {
    if stack.len() >= MAX_DEPTH {
        stack.remove(1);
    }
    stack.push(open);
}

/// True when token `i` starts a paragraph.
#[inline]
pub fn starts_paragraph(tokens: &[Token], i: usize, text: &str) -> bool {
    if i == 0 {
        return true;
    }
    let t = &tokens[i];
    t.breaks >= 2 || (t.breaks == 1 && ends_line_block(tokens[i - 1].text(text)))
}

/// A single line break ends a paragraph only after sentence-final punctuation
/// or a quote mark; otherwise it is a wrapped line.
fn ends_line_block(prev: &str) -> bool {
    matches!(
        prev,
        "." | "!" | "?" | ":" | "\"" | "”" | "’" | "'" | "''" | "»" | "…"
    ) || prev.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// Finds the top-level quotes among `tokens`, in order.
// Kept out of `Article::new`, as `token::tokenize` is.
#[inline(never)]
pub fn find(text: &str, tokens: &[Token]) -> Vec<Quote> {
    let mut out = Vec::new();
    // Open quotes: (token index, style).
    let mut stack: Vec<(usize, Style)> = Vec::new();
    let mut para_start = 0;
    let mut i = 0;
    while i <= tokens.len() {
        // Only a quote mark or a line break before a token can change
        // anything: the tokens between, nearly all, are passed over in a
        // loop of their own (in this one, with its state on the stack, each
        // cost three times as much).
        if i > 0 {
            i += tokens[i..]
                .iter()
                .position(|t| t.breaks != 0 || t.kind == Kind::Quote)
                .unwrap_or(tokens.len() - i);
        }
        let new_para = i == tokens.len() || (i > 0 && starts_paragraph(tokens, i, text));
        if new_para && i > para_start {
            if let Some(&(open, style)) = stack.first() {
                close_at_paragraph_end(text, tokens, open, style, para_start, i, &mut out);
            }
            stack.clear();
            para_start = i;
        }
        if i == tokens.len() {
            break;
        }
        let t = &tokens[i];
        if t.kind == Kind::Quote {
            let prev = (i > para_start).then(|| &tokens[i - 1]);
            let next = tokens
                .get(i + 1)
                .filter(|_| !starts_paragraph(tokens, i + 1, text));
            let glued_before = prev.is_some_and(|p| {
                !t.space_before && p.kind != Kind::Quote && !is_opening_punct(p.text(text))
            });
            // An ellipsis opens a quote taken up mid-speech, `". . . I
            // want`, as an editor's bracket does: `"[Trump] does not`.
            let mid_speech = |n: &Token| {
                matches!(n.text(text), "…" | "..." | "[")
                    || n.text(text) == "." && tokens.get(i + 2).is_some_and(|m| m.text(text) == ".")
            };
            let glued_after = next.is_some_and(|n| {
                !n.space_before && (n.kind != Kind::Punct || mid_speech(n)) || n.kind == Kind::Quote
            });
            let role = match role(t.text(text)) {
                // A right mark that opens: ”Text” at a paragraph start.
                Role::Close(s)
                    if !glued_before
                        && (glued_after || i == para_start)
                        && !stack.iter().any(|&(_, st)| st == s) =>
                {
                    Role::Open(s)
                }
                // A left mark that closes, a typing slip: `here,“ said X`.
                Role::Open(s)
                    if glued_before
                        && !glued_after
                        && stack.last().is_some_and(|&(_, st)| st == s) =>
                {
                    Role::Close(s)
                }
                r => r,
            };
            // ‘We had the lawyers’ sign-off,’: a plural's apostrophe inside
            // a single quote, before its noun, with a mark further on to
            // close the quote.
            let plural_apostrophe = role == Role::Close(Style::Single)
                && glued_before
                && stack.iter().any(|&(_, st)| st == Style::Single)
                && prev.is_some_and(|p| p.kind == Kind::Word && p.text(text).ends_with('s'))
                && next.is_some_and(|n| {
                    n.space_before
                        && n.kind == Kind::Word
                        && !n.upper
                        // Words that follow a closing mark more often than a
                        // possessive's apostrophe: ‘cowards’ and …, ‘no’ she
                        // said, ‘…’ say critics (the lexicon has "said" and
                        // "says" but not "say").
                        && !(crate::lexicon::is_function_word(n.text(text))
                            || n.text(text) == "say")
                })
                && tokens[i + 1..]
                    .iter()
                    .take(60)
                    .take_while(|n| n.breaks < 2)
                    .any(|n| n.kind == Kind::Quote && matches!(n.text(text), "’" | "›"));
            if plural_apostrophe {
                i += 1;
                continue;
            }
            match role {
                Role::Open(s) => push_open(&mut stack, (i, s)),
                Role::Close(s) | Role::Either(s) => {
                    if let Some(pos) = stack.iter().rposition(|&(_, st)| st == s) {
                        let can_close =
                            matches!(role, Role::Close(_)) || glued_before || !glued_after;
                        if can_close {
                            if pos == 0 {
                                let open = stack[0].0;
                                if i > open + 1 {
                                    out.push(Quote {
                                        open,
                                        close: Some(i),
                                        inner: Span::new(tokens[open].span().end, t.span().start),
                                        outer: Span::new(tokens[open].span().start, t.span().end),
                                        first: open + 1,
                                        end: i,
                                    });
                                }
                            }
                            stack.truncate(pos);
                        } else if matches!(role, Role::Either(_)) {
                            push_open(&mut stack, (i, s));
                        }
                    } else if matches!(role, Role::Either(_)) && !glued_before && glued_after {
                        push_open(&mut stack, (i, s));
                    } else if matches!(role, Role::Either(Style::Double)) && glued_after {
                        // A straight double mark glued on both sides: open anyway, pairing is likely.
                        push_open(&mut stack, (i, s));
                    }
                    // Otherwise an apostrophe ("Bankers' Association") or a stray mark.
                }
            }
        }
        i += 1;
    }
    out.retain(|q| !is_nickname(text, tokens, q));
    out
}

/// `Gov. "Bubba" Jones`, `James "Buster" Douglas`: one or two capitalised
/// words quoted between a title or a given name and a capitalised word are
/// a nickname inside the name, which nobody is reported to say.
fn is_nickname(text: &str, tokens: &[Token], q: &Quote) -> bool {
    let Some(close) = q.close else { return false };
    let capital_word = |t: &Token| t.kind == Kind::Word && t.upper;
    let before = q.open.checked_sub(1).map(|p| {
        // The full stop of "Gov." is the title's.
        if tokens[p].text(text) == "." && !tokens[p].space_before {
            p.saturating_sub(1)
        } else {
            p
        }
    });
    (1..=2).contains(&(close - q.first))
        && tokens[q.first..close].iter().all(capital_word)
        && tokens[q.open].space_before
        && before.is_some_and(|p| {
            let mut buf = [0; 24];
            capital_word(&tokens[p])
                && tokens[q.open].breaks == 0
                // Not a headline's capitalised words: "General Reveals
                // ‘Demoralizing’ Experience".
                && crate::lexicon::lower(tokens[p].text(text), &mut buf).is_some_and(|w| {
                    crate::lexicon::is_title(w) || crate::given_name::gender(w).is_some()
                })
        })
        && tokens
            .get(close + 1)
            .is_some_and(|n| capital_word(n) && n.space_before && n.breaks == 0)
}

fn is_opening_punct(s: &str) -> bool {
    matches!(s, "(" | "[" | "{" | "—" | "–" | "-" | "―" | ":" | "/")
}

/// An unclosed quote at a paragraph's end: kept when it is the newspaper
/// convention for a quote that carries on (the next paragraph opens with a
/// mark) or when it opened the paragraph; otherwise the mark was stray.
fn close_at_paragraph_end(
    text: &str,
    tokens: &[Token],
    open: usize,
    style: Style,
    para_start: usize,
    para_end: usize,
    out: &mut Vec<Quote>,
) {
    let next_opens = tokens.get(para_end).is_some_and(|n| {
        n.kind == Kind::Quote && matches!(role(n.text(text)), Role::Open(s) | Role::Either(s) | Role::Close(s) if s == style)
    });
    let at_start = open == para_start;
    if !(next_opens || at_start) || para_end <= open + 1 {
        return;
    }
    let last = &tokens[para_end - 1];
    out.push(Quote {
        open,
        close: None,
        inner: Span::new(tokens[open].span().end, last.span().end),
        outer: Span::new(tokens[open].span().start, last.span().end),
        first: open + 1,
        end: para_end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn quotes(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        find(text, &tokens)
            .iter()
            .map(|q| q.inner.slice(text))
            .collect()
    }

    #[test]
    fn styles() {
        assert_eq!(
            quotes(r#"He said "yes, now." Then "no.""#),
            ["yes, now.", "no."]
        );
        assert_eq!(quotes("“A,” she said, “B.”"), ["A,", "B."]);
        assert_eq!(quotes("'It's time,' she added."), ["It's time,"]);
        assert_eq!(quotes("‘Less than 4%’ of shifts"), ["Less than 4%"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quotes("“A ‘breakthrough’, no.” he wrote"),
            ["A ‘breakthrough’, no."]
        );
        assert_eq!(
            quotes(r#""My opponent calls this 'a lost decade'. I call it," she said."#),
            ["My opponent calls this 'a lost decade'. I call it,"]
        );
    }

    #[test]
    fn nicknames_are_not_quotes() {
        assert!(quotes(r#"Gov. "Bubba" Jones and Mary "Mae Bell" Ortiz said"#).is_empty());
        // A headline's capitalised words around a quote are no name.
        assert_eq!(
            quotes("General Reveals ‘Demoralizing’ Experience"),
            ["Demoralizing"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("the Bankers' Association and the Supporters’ Trust said").is_empty());
        assert!(quotes("rock 'n' roll").len() <= 1);
    }

    #[test]
    fn quote_continued_in_next_paragraph() {
        let text = "“First part.\n\n“Second part,” he said.";
        assert_eq!(quotes(text), ["First part.", "Second part,"]);
    }

    #[test]
    fn unmatched_marks_do_not_swallow_text() {
        assert!(quotes("He said \" and left.\n\nNext paragraph.").is_empty());
    }
}
