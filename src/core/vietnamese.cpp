// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vietnamese.h"

#include <QChar>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace vt::text {
namespace {

// Tone marks as the syllable rules see them; values index nothing, they only need to differ.
enum Tone : quint8 { Level = 0, Grave, Acute, Tilde, Hook, DotBelow, SeveralTones = 7 };

Tone toneOfMark(char32_t mark)
{
    switch (mark) {
    case 0x0300: case 0x0340: return Grave;    // U+0340/0341 are canonical twins of 0300/0301
    case 0x0301: case 0x0341: return Acute;
    case 0x0303: return Tilde;
    case 0x0309: return Hook;
    case 0x0323: return DotBelow;
    default: return Level;
    }
}

constexpr char16_t kLatinEnd = 0x0250;        // Basic Latin, Latin-1, Latin Extended-A and -B
constexpr char16_t kAdditionalBegin = 0x1E00; // Latin Extended Additional (all precomposed Vietnamese vowels)
constexpr char16_t kAdditionalEnd = 0x1F00;

// What the hot paths need to know about one precomposed Latin letter, computed once from Qt's Unicode data
// so that per-token work is a table lookup instead of QString::normalized().
struct CharInfo
{
    char16_t fold = 0;       // without any diacritic, case kept; 0 when that is not one UTF-16 unit
    char16_t foldLower = 0;  // the same, lower case
    char16_t bareLower = 0;  // without the tone mark only (â, ơ kept), lower case; 0 when not one unit
    quint8 tone = Level;
};

class CharTables
{
public:
    CharTables()
    {
        for (char16_t c = 0; c < kLatinEnd; ++c)
            m_latin[c] = describe(c);
        for (char16_t c = kAdditionalBegin; c < kAdditionalEnd; ++c)
            m_additional[c - kAdditionalBegin] = describe(c);
    }

    const CharInfo *find(char16_t c) const
    {
        if (c < kLatinEnd)
            return &m_latin[c];
        if (c >= kAdditionalBegin && c < kAdditionalEnd)
            return &m_additional[c - kAdditionalBegin];
        return nullptr;
    }

private:
    static char16_t single(const QString &s) { return s.size() == 1 ? s.front().unicode() : char16_t(0); }

    static CharInfo describe(char16_t c)
    {
        const QString nfd = QString(QChar(c)).normalized(QString::NormalizationForm_D);
        QString stripped;
        QString toneless;
        int tones = 0;
        quint8 tone = Level;
        for (const QChar m : nfd) {
            const Tone t = toneOfMark(m.unicode());
            if (t != Level) {
                ++tones;
                tone = t;
            } else {
                toneless.append(m);
            }
            if (m.combiningClass() == 0)
                stripped.append(m);
        }
        if (c == u'đ' || c == u'Đ')  // not a decomposable letter, but folded like one by every Vietnamese user
            stripped = QChar(c == u'đ' ? u'd' : u'D');
        stripped = stripped.normalized(QString::NormalizationForm_C);
        CharInfo info;
        info.fold = single(stripped);
        info.foldLower = single(stripped.toLower());
        info.bareLower = single(toneless.normalized(QString::NormalizationForm_C).toLower());
        info.tone = tones > 1 ? quint8(SeveralTones) : tone;
        return info;
    }

    std::array<CharInfo, kLatinEnd> m_latin;
    std::array<CharInfo, kAdditionalEnd - kAdditionalBegin> m_additional;
};

const CharTables &tables()
{
    static const CharTables t;  // thread-safe one-time initialisation
    return t;
}

char32_t codePointAt(QStringView s, qsizetype i, qsizetype *len)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        *len = 2;
        return QChar::surrogateToUcs4(c, s[i + 1]);
    }
    *len = 1;
    return c.unicode();
}

// Characters whose folding the table walk cannot reproduce exactly: anything with a canonical decomposition
// outside the tables, and scripts where NFC composes two characters of which neither is a combining mark
// (Hangul jamo, Indic two-part vowels); NFC of the stripped text would differ from a character-by-character copy.
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
    text.replace(u'đ', u'd').replace(u'Đ', u'D');
    text = text.normalized(QString::NormalizationForm_D);
    QString kept;
    kept.reserve(text.size());
    for (qsizetype i = 0, len = 1; i < text.size(); i += len) {
        if (QChar::combiningClass(codePointAt(text, i, &len)) == 0)
            kept.append(QStringView(text).mid(i, len));
    }
    kept = kept.normalized(QString::NormalizationForm_C);
    return lower ? kept.toLower() : kept;
}

QString stripImpl(QStringView s, bool lower)
{
    const CharTables &t = tables();
    QString result(s.size(), Qt::Uninitialized);
    QChar *out = result.data();
    qsizetype n = 0;
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            out[n++] = QChar(lower && c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c);
            continue;
        }
        if (const CharInfo *info = t.find(c)) {
            const char16_t f = lower ? info->foldLower : info->fold;
            if (f == 0)
                return stripSlow(s, lower);
            out[n++] = QChar(f);
            continue;
        }
        if (needsFullNormalisation(c))
            return stripSlow(s, lower);
        if (QChar::combiningClass(char32_t(c)) != 0)
            continue;  // a combining mark of NFD input: dropped
        const char32_t l = lower ? QChar::toLower(char32_t(c)) : c;
        if (l > 0xFFFF)
            return stripSlow(s, lower);
        out[n++] = QChar(char16_t(l));
    }
    result.truncate(n);
    return result;
}

bool isAsciiLetter(char32_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; }

// Python's [^\W\d_]: letters and the non-decimal numbers (², Ⅻ); vnnorm.py's "letter run".
bool isRunChar(char32_t c)
{
    if (c < 0x80)
        return isAsciiLetter(c);
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase: case QChar::Letter_Lowercase: case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier: case QChar::Letter_Other: case QChar::Number_Letter: case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

constexpr std::u16string_view kVowels = u"aăâeêioôơuưy";

bool isVowel(char16_t c) { return kVowels.find(c) != std::u16string_view::npos; }

// The tone-less lower-case letter vnnorm.py compares, or 0 for letters it would never match.
char16_t bareLowerOf(char32_t c)
{
    if (c > 0xFFFF)
        return 0;
    const CharInfo *info = tables().find(char16_t(c));
    return info ? info->bareLower : 0;
}

// vnnorm.py _canon_syllable for the letter run text[b, e); appends the canonical form to `out`.
void canonRun(QStringView run, QString &out)
{
    QVarLengthArray<qsizetype, 16> starts;
    for (qsizetype i = 0, len = 1; i < run.size(); i += len) {
        codePointAt(run, i, &len);
        starts.append(i);
    }
    const qsizetype m = starts.size();
    if (m >= 2) {
        const qsizetype p1 = starts[m - 2];
        const qsizetype p2 = starts[m - 1];
        const CharInfo *i1 = p2 - p1 == 1 ? tables().find(run[p1].unicode()) : nullptr;
        const CharInfo *i2 = run.size() - p2 == 1 ? tables().find(run[p2].unicode()) : nullptr;
        bool fire = i1 && i2 && i1->tone != Level && i2->tone == Level
            && ((i1->bareLower == u'o' && (i2->bareLower == u'a' || i2->bareLower == u'e'))
                || (i1->bareLower == u'u' && i2->bareLower == u'y'));
        for (qsizetype k = 0; fire && k < m - 2; ++k) {
            qsizetype len = 1;
            const char32_t c = codePointAt(run, starts[k], &len);
            const char16_t bare = bareLowerOf(c);
            // A table letter without a one-unit lower case (İ) lower-cases to "i̇" in Python: a vowel there too.
            const bool inTable = c <= 0xFFFF && tables().find(char16_t(c));
            if ((inTable && (bare == 0 || isVowel(bare))) || (k == m - 3 && bare == u'q'))
                fire = false;
        }
        if (fire) {
            // Rare: worth doing exactly as the reference does, with real normalisation.
            const QString d1 = QString(run[p1]).normalized(QString::NormalizationForm_D);
            QString base;
            QString marks;
            for (const QChar c : d1)
                (toneOfMark(c.unicode()) != Level ? marks : base).append(c);
            out.append(run.first(p1));
            out.append(base.normalized(QString::NormalizationForm_C));
            out.append(QString(QString(run[p2]) + marks).normalized(QString::NormalizationForm_C));
            return;
        }
    }
    out.append(run);
}

bool isAscii(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}


// ---- Syllables ---------------------------------------------------------------------------------------------

// Rhymes (medial glide + nucleus + coda) of standard Vietnamese spelling, without tone. Written data rather than
// generated from nucleus×coda rules because the gaps (no *ăi, *êng, *ơng …) are what makes "not a syllable".
constexpr std::u16string_view kRhymes =
    u"a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
    u"e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu "
    u"iêc iêm iên iêng iêp iêt iêu yêm yên yêng yêt yêu y "
    u"o oc oi om on ong op ot ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
    u"u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt ư ưa ưc ưi ưm ưn ưng ưt ưu "
    u"ươc ươi ươm ươn ương ươp ươt ươu "
    u"oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet "
    u"uân uâng uât uây uê uêch uênh uơ uy uych uyn uynh uyp uyt uyu uya uyên uyêt";

// What may follow "qu" (whose u is the medial glide): qua, quân, quê, quyết, quốc …
constexpr std::u16string_view kRhymesAfterQu =
    u"a ac ach ai an ang anh ao at ay ăc ăm ăn ăng ăp ăt ân âng ât ây e en eo et ê êch ênh "
    u"i it y ych yn ynh yt yên yêt ơ ôc";

constexpr std::u16string_view kOnsets[] = {u"", u"b", u"c", u"ch", u"d", u"đ", u"g", u"gh", u"gi", u"h", u"k",
    u"kh", u"l", u"m", u"n", u"ng", u"ngh", u"nh", u"p", u"ph", u"r", u"s", u"t", u"th", u"tr", u"v", u"x"};

constexpr std::u16string_view kAlphabet = u"aăâbcdđeêghiklmnoôơpqrstuưvxy";
constexpr std::u16string_view kQualityVowels = u"ăâêôơư";

char16_t plain(char16_t c) { return tables().find(c)->foldLower; }

struct Rhyme
{
    std::u16string_view text;
    quint64 key = 0;        // the letters without marks, packed: written input is looked up by it
    qsizetype tone = 0;     // index of the letter that carries the tone mark
    qsizetype oldTone = 0;  // the old-style place where it differs (hòa, thủy), else == tone
    bool stop = false;      // closed by p, t, c, ch: takes only sắc and nặng
    bool front = false;     // begins with i, y, e, ê: spelt after k/gh/ngh, never after c/g/ng
    bool medial = false;    // begins with a glide: oa, oă, oe, uâ, uê, uơ, uy
};

Rhyme describeRhyme(std::u16string_view t)
{
    Rhyme r;
    r.text = t;
    for (const char16_t c : t)
        r.key = r.key << 8 | plain(c);
    qsizetype vowels = 0;
    while (vowels < qsizetype(t.size()) && isVowel(t[vowels]))
        ++vowels;
    const std::u16string_view coda = t.substr(vowels);
    r.stop = coda == u"c" || coda == u"ch" || coda == u"p" || coda == u"t";
    r.front = std::u16string_view(u"iyeê").find(t[0]) != std::u16string_view::npos;
    r.medial = t.size() > 1
        && ((t[0] == u'o' && std::u16string_view(u"aăe").find(t[1]) != std::u16string_view::npos)
            || (t[0] == u'u' && std::u16string_view(u"âêơy").find(t[1]) != std::u16string_view::npos));
    // Tone placement: on the (last) vowel with a hat/breve/horn; else on the last vowel before a final
    // consonant; else the first of two vowels (tài, mía) but either of a glide pair; the middle of three.
    const auto quality = t.substr(0, vowels).find_last_of(kQualityVowels);
    if (quality != std::u16string_view::npos)
        r.tone = qsizetype(quality);
    else if (!coda.empty())
        r.tone = vowels - 1;
    else
        r.tone = vowels == 3 ? 1 : (vowels == 2 && r.medial) ? 1 : 0;
    r.oldTone = (vowels == 2 && coda.empty() && r.medial && quality == std::u16string_view::npos) ? 0 : r.tone;
    return r;
}

class Inventory
{
public:
    Inventory() : m_main(load(kRhymes)), m_afterQu(load(kRhymesAfterQu)) {}
    const std::vector<Rhyme> &rhymes(bool afterQu) const { return afterQu ? m_afterQu : m_main; }

private:
    static std::vector<Rhyme> load(std::u16string_view list)
    {
        std::vector<Rhyme> out;
        for (std::size_t from = 0; from < list.size();) {
            const std::size_t space = std::min(list.find(u' ', from), list.size());
            out.push_back(describeRhyme(list.substr(from, space - from)));
            from = space + 1;
        }
        std::sort(out.begin(), out.end(), [](const Rhyme &a, const Rhyme &b) { return a.key < b.key; });
        return out;
    }
    std::vector<Rhyme> m_main;
    std::vector<Rhyme> m_afterQu;
};

const Inventory &inventory()
{
    static const Inventory inv;
    return inv;
}

struct Letter
{
    char16_t c;
    quint8 tone;
};
using Letters = QVarLengthArray<Letter, 12>;

char16_t withMark(char16_t c, char16_t mark)
{
    switch (mark) {
    case 0x0302: return c == u'a' ? u'â' : c == u'e' ? u'ê' : c == u'o' ? u'ô' : 0;
    case 0x0306: return c == u'a' ? u'ă' : 0;
    case 0x031B: return c == u'o' ? u'ơ' : c == u'u' ? u'ư' : 0;
    default: return 0;
    }
}

// Reads a word (NFC, NFD or a mix) into lower-case Vietnamese letters, each with its tone; false for anything
// not written with the Vietnamese alphabet and its marks.
bool readLetters(QStringView word, Letters &out)
{
    if (word.isEmpty() || word.size() > 16)
        return false;
    for (const QChar qc : word) {
        const char16_t c = qc.unicode();
        if (const CharInfo *info = tables().find(c)) {
            if (info->bareLower == 0 || kAlphabet.find(info->bareLower) == std::u16string_view::npos
                || info->tone == SeveralTones)
                return false;
            out.append({info->bareLower, info->tone});
            continue;
        }
        if (out.isEmpty())
            return false;
        Letter &last = out.back();
        if (const Tone t = toneOfMark(c); t != Level) {
            if (last.tone != Level)
                return false;
            last.tone = t;
        } else if (const char16_t marked = withMark(last.c, c)) {
            last.c = marked;
        } else {
            return false;
        }
    }
    return true;
}

bool onsetFits(std::u16string_view onset, const Rhyme &r)
{
    if (std::find(std::begin(kOnsets), std::end(kOnsets), onset) == std::end(kOnsets))
        return false;
    if (r.text.starts_with(u"yê"))  // yên, yêu: only without onset (with a glide they are uyên …)
        return onset.empty();
    if (r.text.starts_with(u"iê"))
        return !onset.empty();
    if (onset == u"k")
        return r.front && !r.medial;
    if (onset == u"gh" || onset == u"ngh")
        return !r.medial && r.text[0] != u'y' && r.front;
    if (onset == u"c" || onset == u"g" || onset == u"ng")
        return !r.front && !(onset == u"c" && r.medial);  // /k/ + glide is spelt qu
    return true;
}

// `exact`: the marks must be written as they are in the syllable (isWellFormedSyllable); otherwise missing
// hats, horns, breves and đ-bars are allowed, and so is a tone on the wrong vowel (isSyllable).
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
        return !(exact && r.stop);  // ngang on a stop-final rhyme: not Vietnamese
    if (r.stop && l[at].tone != Acute && l[at].tone != DotBelow)
        return false;
    if (!exact)
        return isVowel(l[at].c);
    return at == from + r.tone || at == from + r.oldTone;
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
    const auto attempt = [&](std::u16string_view on, qsizetype from, bool afterQu) {
        if (from >= l.size() || l.size() - from > 8)
            return false;
        quint64 key = 0;
        for (qsizetype k = from; k < l.size(); ++k)
            key = key << 8 | plain(l[k].c);
        const std::vector<Rhyme> &all = inventory().rhymes(afterQu);
        const auto [b, e] = std::equal_range(all.begin(), all.end(), Rhyme{{}, key},
                                             [](const Rhyme &x, const Rhyme &y) { return x.key < y.key; });
        return std::any_of(b, e, [&](const Rhyme &r) {
            return (afterQu || onsetFits(on, r)) && rhymeFits(l, from, r, exact);
        });
    };
    if (onset == u"q")  // qu is one onset; its u is the glide
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
    // Below U+0300 nothing composes or decomposes, and that is nearly all of what we see.
    if (std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x0300; }))
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
    const QString text = nfc(s);
    if (isAscii(text))
        return text;
    const QStringView view(text);
    QString out;
    out.reserve(text.size() + 2);
    qsizetype i = 0;
    const qsizetype n = view.size();
    qsizetype len = 1;
    while (i < n) {
        const qsizetype runStart = i;
        while (i < n && isRunChar(codePointAt(view, i, &len)))
            i += len;
        if (i > runStart) {
            canonRun(view.sliced(runStart, i - runStart), out);
            continue;
        }
        out.append(view.sliced(i, len));
        i += len;
    }
    return out;
}

QString exactKey(QStringView s)
{
    if (isAscii(s))
        return s.toString().toLower();
    return canonicalTone(s).toLower();
}

bool hasDiacritics(QStringView s)
{
    const CharTables &t = tables();
    for (qsizetype i = 0, len = 1; i < s.size(); i += len) {
        len = 1;
        const char16_t c = s[i].unicode();
        if (c < 0x80)
            continue;
        if (const CharInfo *info = t.find(c)) {
            if (info->fold != c)
                return true;
            continue;
        }
        const char32_t cp = codePointAt(s, i, &len);
        if (QChar::combiningClass(cp) != 0)
            return true;
        if (QChar::decompositionTag(cp) == QChar::Canonical) {
            const QString d = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_D);
            for (qsizetype k = 0, l = 1; k < d.size(); k += l) {
                if (QChar::combiningClass(codePointAt(d, k, &l)) != 0)
                    return true;
            }
        }
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
