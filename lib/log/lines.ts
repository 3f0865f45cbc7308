export interface LineMark {
  number: number;
  next: number;
}

/**
 * Walks the physical lines of a text without splitting it into an array: a 50 MB log would
 * otherwise be copied into half a million strings before parsing starts. CRLF, a lone CR and a
 * lone LF each end one line, as in editors that accept all three (ZTIDiskpart.log mixes them).
 */
export class LineScanner {
  /** 1-based number of the current line (0 before the first advance). */
  number = 0;
  /** Offset of the current line's first character. */
  start = 0;
  /** Offset just past the current line's last character, before its line break. */
  end = 0;
  private next = 0;
  // Cached positions of the next CR and LF so that each indexOf scans a stretch of text once.
  private nextCR = -2;
  private nextLF = -2;

  private readonly text: string;

  constructor(text: string, from = 0) {
    this.text = text;
    this.next = from;
  }

  /** Where the next advance() would start; pass it to rewind() to come back. */
  mark(): LineMark {
    return { number: this.number, next: this.next };
  }

  rewind(mark: LineMark): void {
    this.number = mark.number;
    this.next = mark.next;
    this.nextCR = -2;
    this.nextLF = -2;
  }

  /** Moves to the next line; false once the text is exhausted. */
  advance(): boolean {
    const text = this.text;
    const from = this.next;
    if (from >= text.length) return false;
    if (this.nextCR !== -1 && this.nextCR < from) this.nextCR = text.indexOf('\r', from);
    if (this.nextLF !== -1 && this.nextLF < from) this.nextLF = text.indexOf('\n', from);
    const cr = this.nextCR;
    const lf = this.nextLF;
    let end: number;
    let after: number;
    if (cr === -1 && lf === -1) {
      end = text.length;
      after = text.length;
    } else if (cr !== -1 && (lf === -1 || cr < lf)) {
      end = cr;
      after = lf === cr + 1 ? cr + 2 : cr + 1;
    } else {
      end = lf;
      after = lf + 1;
    }
    this.number += 1;
    this.start = from;
    this.end = end;
    this.next = after;
    return true;
  }
}
