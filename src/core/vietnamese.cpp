// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vietnamese.h"

#include <QChar>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace vt::text {
namespace {

using std::u16string_view;
constexpr auto npos = u16string_view::npos;

enum Tone : quint8 { Level = 0, Grave, Acute, Tilde, Hook, DotBelow, SeveralTones };

// The five Vietnamese tone marks (vnnorm.py TONES), plus U+0340/0341, which are canonically U+0300/0301.
Tone toneOfMark(char32_t mark)
{
    switch (mark) {
    case 0x0300: case 0x0340: return Grave;
    case 0x0301: case 0x0341: return Acute;
    case 0x0303: return Tilde;
    case 0x0309: return Hook;
    case 0x0323: return DotBelow;
    default: return Level;
    }
}

// What the hot paths need to know about one Latin letter. Computed once from Qt's Unicode data, so per-token
// work is a table lookup instead of QString::normalized().
struct CharInfo
{
    char16_t fold = 0;       // without any diacritic, case kept; 0 when that is not exactly one UTF-16 unit
    char16_t foldLower = 0;  // the same, lower case
    char16_t bareLower = 0;  // without its tone mark only (â, ơ, ư stay), lower case; 0 when not one unit
    quint8 tone = Level;
};

// Basic Latin to Latin Extended-B (U+0000–024F), then Latin Extended Additional (U+1E00–1EFF), which holds every
// precomposed Vietnamese vowel with a tone.
constexpr char16_t kLatinEnd = 0x0250;
constexpr char16_t kAdditional = 0x1E00;

CharInfo describeChar(char16_t c)
{
    const auto single = [](const QString &s) { return s.size() == 1 ? s.front().unicode() : char16_t(0); };
    const QString nfd = QString(QChar(c)).normalized(QString::NormalizationForm_D);
    QString stripped;
    QString toneless;
    int tones = 0;
    CharInfo info;
    for (const QChar m : nfd) {
        if (const Tone t = toneOfMark(m.unicode()); t != Level) {
            ++tones;
            info.tone = t;
        } else {
            toneless.append(m);
        }
        if (m.combiningClass() == 0)
            stripped.append(m);
    }
    if (c == u'đ' || c == u'Đ')  // đ has no decomposition, yet every Vietnamese reader folds it to d
        stripped = QChar(c == u'đ' ? u'd' : u'D');
    stripped = stripped.normalized(QString::NormalizationForm_C);
    info.fold = single(stripped);
    info.foldLower = single(stripped.toLower());
    info.bareLower = single(toneless.normalized(QString::NormalizationForm_C).toLower());
    if (tones > 1)
        info.tone = SeveralTones;
    return info;
}

using CharTable = std::array<CharInfo, kLatinEnd + 0x100>;

const CharInfo *charInfo(char16_t c)
{
    static const CharTable table = [] {  // thread-safe one-time initialisation
        CharTable t;
        for (char16_t k = 0; k < kLatinEnd; ++k)
            t[k] = describeChar(k);
        for (char16_t k = 0; k < 0x100; ++k)
            t[kLatinEnd + k] = describeChar(kAdditional + k);
        return t;
    }();
    if (c < kLatinEnd)
        return &table[c];
    if (c >= kAdditional && c < kAdditional + 0x100)
        return &table[kLatinEnd + (c - kAdditional)];
    return nullptr;
}

char32_t codePointAt(QStringView s, qsizetype i, qsizetype *len)
{
    const QChar c = s[i];
    *len = c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate() ? 2 : 1;
    return *len == 2 ? QChar::surrogateToUcs4(c, s[i + 1]) : char32_t(c.unicode());
}

// Characters a unit-by-unit copy cannot fold exactly: canonical decompositions outside the tables, surrogates,
// and scripts where NFC joins two characters neither of which is a combining mark (Hangul jamo, Indic two-part
// vowels), so NFC of the stripped text could differ from the copy.
bool needsFullNormalisation(char16_t c)
{
    return (c >= 0x0900 && c < 0x0E00) || (c >= 0x1000 && c < 0x10A0) || (c >= 0x1100 && c < 0x1200)
        || (c >= 0x1B00 && c < 0x1B80) || QChar::isSurrogate(c)
        || QChar::decompositionTag(char32_t(c)) == QChar::Canonical;
}

// The reference algorithm (vnnorm.py fold): đ→d, NFD, drop every mark with a non-zero combining class, NFC.
QString stripSlow(QStringView s, bool lower)
{
    QString text = s.toString();
    text = text.replace(u'đ', u'd').replace(u'Đ', u'D').normalized(QString::NormalizationForm_D);
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0, len = 1; i < text.size(); i += len) {
        if (QChar::combiningClass(codePointAt(text, i, &len)) == 0)
            kept.append(QStringView(text).sliced(i, len));
    }
    kept = kept.normalized(QString::NormalizationForm_C);
    return lower ? kept.toLower() : kept;
}

QString stripImpl(QStringView s, bool lower)
{
    QString result(s.size(), Qt::Uninitialized);
    QChar *out = result.data();
    qsizetype n = 0;
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            out[n++] = QChar(lower && c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c);
        } else if (const CharInfo *info = charInfo(c)) {
            const char16_t f = lower ? info->foldLower : info->fold;
            if (f == 0)
                return stripSlow(s, lower);
            out[n++] = QChar(f);
        } else if (needsFullNormalisation(c)) {
            return stripSlow(s, lower);
        } else if (QChar::combiningClass(char32_t(c)) == 0) {  // else a mark of NFD input: dropped
            const char32_t l = lower ? QChar::toLower(char32_t(c)) : c;
            if (l > 0xFFFF)
                return stripSlow(s, lower);
            out[n++] = QChar(char16_t(l));
        }
    }
    result.truncate(n);
    return result;
}

// Python's [^\W\d_], the "letter run" of vnnorm.py: letters and non-decimal numbers (², Ⅻ), not marks.
bool isRunChar(char32_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
    const QChar::Category k = QChar::category(c);
    return (k >= QChar::Letter_Uppercase && k <= QChar::Letter_Other) || k == QChar::Number_Letter
        || k == QChar::Number_Other;
}

constexpr u16string_view kVowels = u"aăâeêioôơuưy";

bool isVowel(char16_t c)
{
    return kVowels.find(c) != npos;
}

// vnnorm.py _canon_syllable on one NFC letter run, appended to `out`.
void canonRun(QStringView run, QString &out)
{
    // Both final vowels are one-unit table letters when the rule can fire; surrogates are not in the table.
    const qsizetype p1 = run.size() - 2;
    const CharInfo *i1 = p1 >= 0 ? charInfo(run[p1].unicode()) : nullptr;
    const CharInfo *i2 = p1 >= 0 ? charInfo(run[p1 + 1].unicode()) : nullptr;
    bool fire = i1 && i2 && i1->tone != Level && i2->tone == Level
        && ((i1->bareLower == u'o' && (i2->bareLower == u'a' || i2->bareLower == u'e'))
            || (i1->bareLower == u'u' && i2->bareLower == u'y'));
    for (qsizetype k = 0; fire && k < p1; ++k) {
        // The onset must be consonants not ending in q. Letters outside the table are consonants to Python;
        // a table letter without a one-unit lower case (İ → "i̇") holds a vowel there.
        const CharInfo *info = charInfo(run[k].unicode());
        fire = !info
            || (info->bareLower != 0 && !isVowel(info->bareLower) && (k < p1 - 1 || info->bareLower != u'q'));
    }
    if (!fire) {
        out.append(run);
        return;
    }
    // Rare, so done exactly as the reference does it, with real normalisation.
    QString base;
    QString marks;
    for (const QChar c : QString(run[p1]).normalized(QString::NormalizationForm_D))
        (toneOfMark(c.unicode()) != Level ? marks : base).append(c);
    out.append(run.first(p1));
    out.append(base.normalized(QString::NormalizationForm_C));
    out.append(QString(QString(run[p1 + 1]) + marks).normalized(QString::NormalizationForm_C));
}

// ---- Syllables ---------------------------------------------------------------------------------------------

// Rhymes (glide + nucleus + coda) of standard Vietnamese spelling, toneless. Listed rather than generated from
// nucleus × coda rules because the gaps (no *ăi, *êng, *ơng …) are exactly what makes a word "not a syllable".
constexpr u16string_view kRhymes =
    u"a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
    u"e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu "
    u"iêc iêm iên iêng iêp iêt iêu yêm yên yêng yêt yêu y "
    u"o oc oi om on ong op ot ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
    u"u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt ư ưa ưc ưi ưm ưn ưng ưt ưu "
    u"ươc ươi ươm ươn ương ươp ươt ươu "
    u"oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet "
    u"uân uâng uât uây uê uêch uênh uơ uy uych uyn uynh uyp uyt uyu uya uyên uyêt";

// What follows "qu", whose u is the glide: qua, quân, quê, quyết, quốc …
constexpr u16string_view kRhymesAfterQu =
    u"a ac ach ai an ang anh ao at au ay ăc ăm ăn ăng ăp ăt âc ân âng ât ây e en eo et ê êch ên ênh êt êu "
    u"i it y ych yn ynh yt yên yêt ơ ôc oang oăt";

constexpr u16string_view kOnsets[] = {u"", u"b", u"c", u"ch", u"d", u"đ", u"g", u"gh", u"gi", u"h", u"k", u"kh",
    u"l", u"m", u"n", u"ng", u"ngh", u"nh", u"p", u"ph", u"r", u"s", u"t", u"th", u"tr", u"v", u"x"};

constexpr u16string_view kAlphabet = u"aăâbcdđeêghiklmnoôơpqrstuưvxy";

char16_t plain(char16_t c)
{
    return charInfo(c)->foldLower;
}

struct Rhyme
{
    u16string_view text;
    quint64 key = 0;        // the letters without marks, packed: written input is looked up by it
    qsizetype tone = 0;     // index of the letter that carries the tone mark
    qsizetype oldTone = 0;  // the old-style place where that differs (hòa, thủy), else == tone
    bool stop = false;      // closed by p, t, c, ch: takes only sắc and nặng
    bool front = false;     // begins with i, y, e, ê: spelt after k/gh/ngh, never after c/g/ng
    bool medial = false;    // begins with a glide: oa, oă, oe, uâ, uê, uơ, uy
};

Rhyme describeRhyme(u16string_view t)
{
    Rhyme r{t};
    for (const char16_t c : t)
        r.key = r.key << 8 | plain(c);
    const std::size_t vowels = std::min(t.find_first_not_of(kVowels), t.size());
    const u16string_view coda = t.substr(vowels);
    r.stop = coda == u"c" || coda == u"ch" || coda == u"p" || coda == u"t";
    r.front = u16string_view(u"iyeê").find(t[0]) != npos;
    r.medial = t.size() > 1
        && ((t[0] == u'o' && u16string_view(u"aăe").find(t[1]) != npos)
            || (t[0] == u'u' && u16string_view(u"âêơy").find(t[1]) != npos));
    // Where the tone goes: on the (last) vowel with a hat, breve or horn; else on the last vowel before a final
    // consonant; else the first of two vowels (tài, mía), either of a glide pair (hòa/hoà), the middle of three.
    const std::size_t quality = t.substr(0, vowels).find_last_of(u"ăâêôơư");
    if (quality != npos)
        r.tone = qsizetype(quality);
    else if (!coda.empty())
        r.tone = qsizetype(vowels) - 1;
    else
        r.tone = vowels == 3 || (vowels == 2 && r.medial) ? 1 : 0;
    r.oldTone = vowels == 2 && coda.empty() && r.medial && quality == npos ? 0 : r.tone;
    return r;
}

constexpr auto byKey = [](const Rhyme &a, const Rhyme &b) { return a.key < b.key; };

std::vector<Rhyme> loadRhymes(u16string_view list)
{
    std::vector<Rhyme> out;
    for (std::size_t from = 0; from < list.size();) {
        const std::size_t space = std::min(list.find(u' ', from), list.size());
        out.push_back(describeRhyme(list.substr(from, space - from)));
        from = space + 1;
    }
    std::sort(out.begin(), out.end(), byKey);
    return out;
}

const std::vector<Rhyme> &rhymes(bool afterQu)
{
    static const std::vector<Rhyme> main = loadRhymes(kRhymes);
    static const std::vector<Rhyme> qu = loadRhymes(kRhymesAfterQu);
    return afterQu ? qu : main;
}

struct Letter
{
    char16_t c;
    quint8 tone;
};
using Letters = QVarLengthArray<Letter, 16>;

char16_t withMark(char16_t c, char16_t mark)
{
    switch (mark) {
    case 0x0302: return c == u'a' ? u'â' : c == u'e' ? u'ê' : c == u'o' ? u'ô' : 0;  // circumflex
    case 0x0306: return c == u'a' ? u'ă' : 0;                                         // breve
    case 0x031B: return c == u'o' ? u'ơ' : c == u'u' ? u'ư' : 0;                      // horn
    default: return 0;
    }
}

// Reads a word (NFC, NFD or a mix of both) into lower-case Vietnamese letters, each with its tone; false for
// anything not written with the Vietnamese alphabet and its marks.
bool readLetters(QStringView word, Letters &out)
{
    if (word.isEmpty() || word.size() > 16)
        return false;
    for (const QChar qc : word) {
        if (const CharInfo *info = charInfo(qc.unicode())) {
            if (info->bareLower == 0 || kAlphabet.find(info->bareLower) == npos || info->tone == SeveralTones)
                return false;
            out.append({info->bareLower, info->tone});
        } else if (out.isEmpty()) {
            return false;
        } else if (const Tone t = toneOfMark(qc.unicode()); t != Level) {
            if (out.back().tone != Level)
                return false;
            out.back().tone = t;
        } else if (const char16_t marked = withMark(out.back().c, qc.unicode())) {
            out.back().c = marked;
        } else {
            return false;
        }
    }
    return true;
}

bool onsetFits(u16string_view onset, const Rhyme &r)
{
    if (std::find(std::begin(kOnsets), std::end(kOnsets), onset) == std::end(kOnsets))
        return false;
    if (r.text.starts_with(u"yê"))  // yên, yêu: no onset (after a glide they are the uyên rhymes)
        return onset.empty();
    if (r.text.starts_with(u"iê"))  // tiên, kiếm, giếng: never bare
        return !onset.empty();
    if (r.text == u"y")  // open y only in Sino-Vietnamese spellings and names: ý, hy, kỳ, lý, mỹ, sỹ, tỷ, Vy
        return onset.empty() || (onset.size() == 1 && u16string_view(u"hklmstv").find(onset[0]) != npos);
    if (onset == u"k")
        return r.front && !r.medial;
    if (onset == u"gh" || onset == u"ngh")
        return r.front && r.text[0] != u'y';
    if (onset == u"c" || onset == u"g" || onset == u"ng")
        return !r.front && !(onset == u"c" && r.medial);  // /k/ + glide is spelt qu
    return true;
}

// `exact` (isWellFormedSyllable): marks written exactly as the syllable has them. Otherwise (isSyllable) missing
// hats, horns, breves and đ-bars are allowed, and so is a tone mark on another vowel.
bool rhymeFits(const Letters &l, qsizetype from, const Rhyme &r, bool exact)
{
    if (l.size() - from != qsizetype(r.text.size()))
        return false;
    for (qsizetype k = 0; k < qsizetype(r.text.size()); ++k) {
        const char16_t w = l[from + k].c;
        if (w != r.text[k] && (exact || w != plain(r.text[k])))
            return false;
    }
    qsizetype at = -1;
    for (qsizetype k = 0; k < l.size(); ++k) {
        if (l[k].tone != Level) {
            if (at >= 0)
                return false;
            at = k;
        }
    }
    if (at < 0)
        return !(exact && r.stop);  // a stop-final rhyme without a tone mark does not exist; lenient: unwritten
    if (r.stop && l[at].tone != Acute && l[at].tone != DotBelow)
        return false;
    return exact ? at == from + r.tone || at == from + r.oldTone : isVowel(l[at].c);
}

bool checkSyllable(QStringView word, bool exact)
{
    Letters l;
    if (!readLetters(word, l))
        return false;
    qsizetype v = 0;
    while (v < l.size() && !isVowel(l[v].c))
        ++v;
    if (v == l.size() || v > 3)
        return false;
    std::u16string onset;
    for (qsizetype k = 0; k < v; ++k)
        onset += l[k].c;
    const auto attempt = [&](u16string_view on, qsizetype from, bool afterQu) {
        if (from >= l.size() || l.size() - from > 8)
            return false;
        Rhyme probe;
        for (qsizetype k = from; k < l.size(); ++k)
            probe.key = probe.key << 8 | plain(l[k].c);
        const std::vector<Rhyme> &all = rhymes(afterQu);
        const auto [b, e] = std::equal_range(all.begin(), all.end(), probe, byKey);
        return std::any_of(b, e, [&](const Rhyme &r) {
            return (afterQu || onsetFits(on, r)) && rhymeFits(l, from, r, exact);
        });
    };
    if (onset == u"q")
        return l[v].c == u'u' && attempt(u"qu", v + 1, true);
    if (onset == u"g" && l[v].c == u'i') {
        // gi + rhyme (gia, giữ), or gi sharing its i with the rhyme (gì, gìn, giếng)
        const bool next = v + 1 < l.size();
        if (next && isVowel(l[v + 1].c) && attempt(u"gi", v + 1, false))
            return true;
        const bool shared = !next || !isVowel(l[v + 1].c) || l[v + 1].c == u'ê' || (!exact && l[v + 1].c == u'e');
        return shared && attempt(u"gi", v, false);
    }
    return attempt(onset, v, false);
}

} // namespace

QString nfc(QStringView s)
{
    // Nothing below U+0300 or in Latin Extended Additional changes under NFC or composes with a neighbour:
    // that is nearly all the text we see, including every precomposed Vietnamese letter.
    const auto stable = [](QChar c) { return c.unicode() < 0x0300 || charInfo(c.unicode()); };
    if (std::all_of(s.begin(), s.end(), stable))
        return s.toString();
    return s.toString().normalized(QString::NormalizationForm_C);
}

QString stripDiacritics(QStringView s)
{
    return stripImpl(s, false);
}

QString foldForSearch(QStringView s)
{
    return stripImpl(s, true);
}

QString canonicalTone(QStringView s)
{
    QString text = nfc(s);
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text;
    const QStringView view(text);
    QString out;
    out.reserve(text.size() + 2);
    for (qsizetype i = 0, len = 1; i < view.size();) {
        const qsizetype start = i;
        while (i < view.size() && isRunChar(codePointAt(view, i, &len)))
            i += len;
        if (i > start) {
            canonRun(view.sliced(start, i - start), out);
        } else {
            out.append(view.sliced(i, len));
            i += len;
        }
    }
    return out;
}

QString exactKey(QStringView s)
{
    return canonicalTone(s).toLower();
}

bool hasDiacritics(QStringView s)
{
    for (qsizetype i = 0, len = 1; i < s.size(); i += len) {
        const char16_t c = s[i].unicode();
        len = 1;
        if (const CharInfo *info = charInfo(c)) {
            if (info->fold != c)
                return true;
            continue;
        }
        const char32_t cp = codePointAt(s, i, &len);
        // Greek ά, Cyrillic й …; against NFC, not the input, so that singletons (U+2126 Ω) do not count.
        const QStringView one = s.sliced(i, len);
        if (QChar::combiningClass(cp) != 0
            || (QChar::decompositionTag(cp) == QChar::Canonical && stripSlow(one, false) != nfc(one)))
            return true;
    }
    return false;
}

bool isSyllable(QStringView word)
{
    return checkSyllable(word, false);
}

bool isWellFormedSyllable(QStringView word)
{
    return checkSyllable(word, true);
}

} // namespace vt::text
