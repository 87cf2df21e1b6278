/**
 * Text columns of format 2 of shared links (proposal ids, names, notes),
 * coded with the range coder of `range-coder.ts`.
 *
 * Proposal texts repeat themselves: the same note on several proposals, the
 * same words in many names ("Transformatie Havenkwartier deel 12"), numbered
 * series ("p-001", "p-002"). Each text is therefore coded as
 *
 * - a repeat of an earlier text of the same column (its rank in a
 *   most-recently-used list), or
 * - a sequence of tokens — words, runs of spaces, numbers of at most nine
 *   digits — ended by an end token. A word seen before (in any column) is
 *   its rank in a most-recently-used list; a new word is spelled out byte by
 *   byte (UTF-8). A number is its difference from the previous number in the
 *   column, so a numbered series costs about a bit per step.
 *
 * Every choice has its own adaptive model per column, so a column of ids and
 * a column of notes each learn their own habits. Encoder and decoder run the
 * same steps (`TextColumn.write` / `read`) on the same state.
 */
import { ReadError } from './bytes.ts';
import {
  createProbs,
  type RangeDecoder,
  type BitSink,
  SintModel,
  SymbolModel,
  UintModel,
} from './range-coder.ts';

/** Token kinds; `END` closes a text. */
const END = 0;
const WORD = 1;
const NUMBER = 2;
const SPACE = 3;
const KINDS = 4;

/** Longest digit run coded as one number (stays an exact integer). */
const MAX_DIGITS = 9;
/** Token positions past this share one list of words. */
const MAX_SLOT = 15;
const TOKEN = /\d{1,9}|[^\d ]+| +/gu;

/** Limits a decoder enforces, so a hostile link cannot make it build huge texts. */
export interface TextLimits {
  /** Longest text in characters. */
  maxChars: number;
  /** All characters decoded by one `TextCoder` together. */
  maxTotalChars: number;
}

/** A most-recently-used list: a value's rank is its position; using it moves it to the front. */
class RecentList {
  private readonly items: string[] = [];

  rankOf(value: string): number {
    return this.items.indexOf(value);
  }

  get length(): number {
    return this.items.length;
  }

  at(rank: number): string {
    return this.items[rank]!;
  }

  /** Moves the item at `rank` to the front and returns it. */
  use(rank: number): string {
    const [item] = this.items.splice(rank, 1);
    this.items.unshift(item!);
    return item!;
  }

  add(value: string): void {
    this.items.unshift(value);
  }
}

const encoder = new TextEncoder();
const utf8 = new TextDecoder();

/** State shared by the columns of one stream: the word list and the letter models. */
export class TextCoder {
  readonly words = new RecentList();
  /** Byte models for spelling words: the first byte of a word and the others. */
  readonly firstByte = new SymbolModel(256);
  readonly nextByte = new SymbolModel(256);
  readonly wordBytes = new UintModel();
  totalChars = 0;

  constructor(readonly limits: TextLimits) {}

  /** The model of byte `i` of a word: the first byte (often a capital) has its own. */
  byteModel(i: number): SymbolModel {
    return i === 0 ? this.firstByte : this.nextByte;
  }

  /** A new column (its own models) sharing this coder's words. */
  column(): TextColumn {
    return new TextColumn(this);
  }
}

/** One column of texts: its own earlier values and choice models. */
export class TextColumn {
  private readonly values = new RecentList();
  private readonly repeatProbs = createProbs(1);
  private readonly repeatRank = new UintModel();
  /** Next token kind, in the context of the previous kind (or START). */
  private readonly kinds = Array.from({ length: KINDS + 1 }, () => new SymbolModel(KINDS));
  /** Words seen at each token position of this column's texts ("Transformatie" first, "deel" fifth). */
  private readonly slotWords: RecentList[] = [];
  private readonly slotHitProbs = createProbs(MAX_SLOT + 1);
  private readonly slotRank = new UintModel();
  private readonly knownWordProbs = createProbs(1);
  private readonly wordRank = new UintModel();
  private readonly spaces = new UintModel();
  private readonly digits = new SintModel();
  private readonly numberStep = new SintModel();
  private lastNumber = 0;
  private lastDigits = 1;

  constructor(private readonly shared: TextCoder) {}

  /** Writes one text. */
  write(enc: BitSink, text: string): void {
    const rank = this.values.rankOf(text);
    enc.bit(this.repeatProbs, 0, rank >= 0 ? 1 : 0);
    if (rank >= 0) {
      this.repeatRank.write(enc, rank);
      this.values.use(rank);
      return;
    }
    let prev = KINDS; // START
    (text.match(TOKEN) ?? []).forEach((token, slot) => {
      const kind = token[0] === ' ' ? SPACE : /\d/.test(token[0]!) ? NUMBER : WORD;
      this.kinds[prev]!.write(enc, kind);
      if (kind === SPACE) this.spaces.write(enc, token.length - 1);
      else if (kind === NUMBER) this.writeNumber(enc, token);
      else this.writeWord(enc, token, slot);
      prev = kind;
    });
    this.kinds[prev]!.write(enc, END);
    this.values.add(text);
  }

  /**
   * Reads one text written by `write`.
   * @throws ReadError when the text or the total passes the limits
   */
  read(dec: RangeDecoder): string {
    if (dec.bit(this.repeatProbs, 0) === 1) {
      const rank = this.repeatRank.readMax(dec, this.values.length - 1);
      return this.values.use(rank);
    }
    const { limits } = this.shared;
    let text = '';
    let prev = KINDS;
    for (let slot = 0; ; slot++) {
      const kind = this.kinds[prev]!.read(dec);
      if (kind === END) break;
      if (kind === SPACE) text += ' '.repeat(this.spaces.readMax(dec, limits.maxChars) + 1);
      else if (kind === NUMBER) text += this.readNumber(dec);
      else text += this.readWord(dec, slot);
      if (text.length > limits.maxChars) throw new ReadError('text too long');
      prev = kind;
    }
    this.shared.totalChars += text.length;
    if (this.shared.totalChars > limits.maxTotalChars) throw new ReadError('too much text');
    this.values.add(text);
    return text;
  }

  private writeNumber(enc: BitSink, token: string): void {
    this.digits.write(enc, token.length - this.lastDigits);
    const value = Number(token);
    this.numberStep.write(enc, value - this.lastNumber);
    this.lastNumber = value;
    this.lastDigits = token.length;
  }

  private readNumber(dec: RangeDecoder): string {
    const digits = this.lastDigits + this.digits.read(dec);
    if (digits < 1 || digits > MAX_DIGITS) throw new ReadError('number width');
    const value = this.lastNumber + this.numberStep.read(dec);
    if (value < 0 || value >= 10 ** digits) throw new ReadError('number out of range');
    this.lastNumber = value;
    this.lastDigits = digits;
    return String(value).padStart(digits, '0');
  }

  private slotList(slot: number): RecentList {
    const s = Math.min(slot, MAX_SLOT);
    return (this.slotWords[s] ??= new RecentList());
  }

  /** Moves `word` to the front of the global list and of its slot's list (adding it where missing). */
  private noteWord(word: string, slot: number): void {
    for (const list of [this.shared.words, this.slotList(slot)]) {
      const rank = list.rankOf(word);
      if (rank >= 0) list.use(rank);
      else list.add(word);
    }
  }

  private writeWord(enc: BitSink, word: string, slot: number): void {
    const s = Math.min(slot, MAX_SLOT);
    const slotRank = this.slotList(slot).rankOf(word);
    enc.bit(this.slotHitProbs, s, slotRank >= 0 ? 1 : 0);
    if (slotRank >= 0) this.slotRank.write(enc, slotRank);
    else {
      const rank = this.shared.words.rankOf(word);
      enc.bit(this.knownWordProbs, 0, rank >= 0 ? 1 : 0);
      if (rank >= 0) this.wordRank.write(enc, rank);
      else {
        const bytes = encoder.encode(word);
        this.shared.wordBytes.write(enc, bytes.length - 1);
        bytes.forEach((b, i) => this.shared.byteModel(i).write(enc, b));
      }
    }
    this.noteWord(word, slot);
  }

  private readWord(dec: RangeDecoder, slot: number): string {
    const { words, limits } = this.shared;
    const list = this.slotList(slot);
    let word: string;
    if (dec.bit(this.slotHitProbs, Math.min(slot, MAX_SLOT)) === 1)
      word = list.at(this.slotRank.readMax(dec, list.length - 1));
    else if (dec.bit(this.knownWordProbs, 0) === 1)
      word = words.at(this.wordRank.readMax(dec, words.length - 1));
    else {
      // A character takes at most 4 UTF-8 bytes.
      const n = this.shared.wordBytes.readMax(dec, limits.maxChars * 4 - 1) + 1;
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = this.shared.byteModel(i).read(dec);
      word = utf8.decode(bytes);
    }
    this.noteWord(word, slot);
    return word;
  }
}
