// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair/languagemodel.h"

#include "core/tokenizer.h"
#include "core/vietnamese.h"
#include "repair/lmtrainer.h"

#include <QSysInfo>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace vt::repair {

namespace {

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':';
}

bool hasLineBreak(QStringView gap)
{
    for (const QChar c : gap) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

QList<LmToken> lmTokens(QStringView text)
{
    static const QString kEndKey = u"</s>"_s;
    static const QString kNumberKey = u"<num>"_s;

    const QList<text::Token> tokens = text::tokenize(text);
    QList<LmToken> out;
    out.reserve(tokens.size() + 1);
    // At most one "</s>" in a row and none first: "Điều 1.\n" is one sentence end, and empty sentences would
    // only teach the model that "</s>" follows "<s>".
    bool open = false;
    const auto endSentence = [&] {
        if (open)
            out.append({kEndKey, 0, 0});
        open = false;
    };
    qsizetype previousEnd = 0;
    for (const text::Token &t : tokens) {
        if (hasLineBreak(text.sliced(previousEnd, t.begin - previousEnd)))
            endSentence();
        previousEnd = t.begin + t.length;
        switch (t.kind) {
        case text::TokenKind::Syllable:
        case text::TokenKind::Word:
            out.append({text::exactKey(t.in(text)), t.begin, t.length});
            open = true;
            break;
        case text::TokenKind::Number:
            out.append({kNumberKey, t.begin, t.length});
            open = true;
            break;
        case text::TokenKind::Punctuation:
            if (t.length >= 1 && endsSentence(text[t.begin]))
                endSentence();
            break;
        }
    }
    // The end of the text ends its last sentence, so the model scores how a text may end.
    endSentence();
    return out;
}

struct LanguageModel::Impl
{
    QFile file; // owns the mapping; kept open for the model's lifetime
    quint32 vocabulary = 0;
    const quint32 *wordOffsets = nullptr;
    const char16_t *wordPool = nullptr;
    const quint32 *wordTable = nullptr;
    quint64 wordSlots = 0;
    quint32 wordMaxProbe = 0;
    const lmformat::Unigram *unigrams = nullptr;
    const quint32 *unigramCount = nullptr;
    const quint64 *bigrams = nullptr;
    quint64 bigramSlots = 0;
    quint32 bigramMaxProbe = 0;
    const quint64 *trigrams = nullptr;
    quint64 trigramSlots = 0;
    quint32 trigramMaxProbe = 0;
    float probMin = 0;
    float probStep = 0;
    float backoffMin = 0;
    float backoffStep = 0;

    // Linear probing over mapped 64-bit slots that hold key and value together, so a hit is one load and a miss
    // usually ends in the same cache line. Bounded by the longest probe sequence the writer saw, so even a
    // malformed table cannot loop. Returns the slot, or kEmptySlot.
    template <int Shift> static quint64 find(const quint64 *cells, quint64 slotCount, quint32 maxProbe, quint64 key)
    {
        quint64 i = lmformat::slotOf(lmformat::mix(key), slotCount);
        for (quint32 n = 0; n <= maxProbe; ++n) {
            const quint64 s = cells[i];
            if (s == lmformat::kEmptySlot)
                break;
            if ((s >> Shift) == key)
                return s;
            if (++i == slotCount)
                i = 0;
        }
        return lmformat::kEmptySlot;
    }

    float prob(quint64 slot) const { return probMin + float(slot & 0xffffu) * probStep; }
    float backoff(quint64 slot) const
    {
        return backoffMin + float((slot >> 16) & ((1u << lmformat::kBackoffBits) - 1)) * backoffStep;
    }

    QStringView wordAt(quint32 id) const
    {
        return QStringView(wordPool + wordOffsets[id], qsizetype(wordOffsets[id + 1] - wordOffsets[id]));
    }
};

namespace {

Error corrupt(const QString &path, const QString &detail)
{
    return Error{Error::Corrupt,
        u"The language model %1 is damaged; rebuild it with vanthu-train-lm or reinstall."_s.arg(path), detail};
}

template <typename T> const T *sectionAt(const uchar *base, const lmformat::SectionRef &s)
{
    return reinterpret_cast<const T *>(base + s.offset);
}

} // namespace

Result<std::shared_ptr<const LanguageModel>> LanguageModel::load(const QString &path)
{
    using namespace lmformat;
    if constexpr (QSysInfo::ByteOrder != QSysInfo::LittleEndian)
        return fail(Error::Io, u"The language model format needs a little-endian machine."_s);

    std::shared_ptr<LanguageModel> model(new LanguageModel);
    model->d = std::make_unique<Impl>();
    Impl &m = *model->d;
    m.file.setFileName(path);
    if (!m.file.exists())
        return fail(Error::NotFound, u"The language model %1 does not exist."_s.arg(path));
    if (!m.file.open(QIODevice::ReadOnly))
        return fail(Error::Io, u"Cannot open the language model %1."_s.arg(path), m.file.errorString());
    const qint64 size = m.file.size();
    if (size < qint64(sizeof(Header)))
        return tl::unexpected(corrupt(path, u"file shorter than its header"_s));
    const uchar *base = m.file.map(0, size);
    if (!base)
        return fail(Error::Io, u"Cannot map the language model %1."_s.arg(path), m.file.errorString());

    Header h;
    std::memcpy(&h, base, sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
        return tl::unexpected(corrupt(path, u"not a Văn Thư language model (bad magic)"_s));
    if (h.headerSize != sizeof(Header) || h.fileSize != quint64(size))
        return tl::unexpected(corrupt(path, u"size %1, header says %2"_s.arg(size).arg(h.fileSize)));
    if (fileChecksum(base, quint64(size)) != h.checksum)
        return tl::unexpected(corrupt(path, u"checksum mismatch"_s));
    // Only after the checksum: a flipped bit in the version is damage, an intact higher version is a newer file.
    if (h.version > kVersion)
        return fail(Error::SchemaTooNew,
            u"The language model %1 has format version %2; this build reads %3."_s.arg(path).arg(h.version).arg(
                kVersion));
    if (h.version != kVersion)
        return tl::unexpected(corrupt(path, u"unknown format version %1"_s.arg(h.version)));

    // The checksum catches damage; these checks catch a file that is consistent but malformed, so that no
    // later read can leave the mapping.
    const quint64 v = h.vocabularySize;
    if (v < 4 || v > kMaxVocabulary || h.bigramCount >= h.bigramSlots || h.trigramCount >= h.trigramSlots
        || v >= h.wordSlots || h.wordMaxProbe >= h.wordSlots || h.bigramMaxProbe >= h.bigramSlots
        || h.trigramMaxProbe >= h.trigramSlots)
        return tl::unexpected(corrupt(path, u"inconsistent counts"_s));
    if (!std::isfinite(h.probMin) || !std::isfinite(h.probStep) || !std::isfinite(h.backoffMin)
        || !std::isfinite(h.backoffStep))
        return tl::unexpected(corrupt(path, u"bad quantisation parameters"_s));
    const quint64 expected[SectionCount] = {
        (v + 1) * 4,
        h.sections[WordPool].size,
        quint64(h.wordSlots) * 4,
        v * sizeof(Unigram),
        v * 4,
        quint64(h.bigramSlots) * 8,
        quint64(h.trigramSlots) * 8,
    };
    for (int s = 0; s < SectionCount; ++s) {
        const SectionRef &r = h.sections[s];
        if (r.size != expected[s] || r.offset % 8 != 0 || r.offset < sizeof(Header) || r.offset > quint64(size)
            || r.size > quint64(size) - r.offset)
            return tl::unexpected(corrupt(path, u"section %1 out of bounds"_s.arg(s)));
    }
    if (h.sections[WordPool].size % 2 != 0)
        return tl::unexpected(corrupt(path, u"odd word pool"_s));

    m.vocabulary = h.vocabularySize;
    m.wordOffsets = sectionAt<quint32>(base, h.sections[WordOffsets]);
    m.wordPool = sectionAt<char16_t>(base, h.sections[WordPool]);
    m.wordTable = sectionAt<quint32>(base, h.sections[WordTable]);
    m.wordSlots = h.wordSlots;
    m.wordMaxProbe = h.wordMaxProbe;
    m.unigrams = sectionAt<Unigram>(base, h.sections[Unigrams]);
    m.unigramCount = sectionAt<quint32>(base, h.sections[UnigramCount]);
    m.bigrams = sectionAt<quint64>(base, h.sections[Bigrams]);
    m.bigramSlots = h.bigramSlots;
    m.bigramMaxProbe = h.bigramMaxProbe;
    m.trigrams = sectionAt<quint64>(base, h.sections[Trigrams]);
    m.trigramSlots = h.trigramSlots;
    m.trigramMaxProbe = h.trigramMaxProbe;
    m.probMin = h.probMin;
    m.probStep = h.probStep;
    m.backoffMin = h.backoffMin;
    m.backoffStep = h.backoffStep;

    const quint64 poolLength = h.sections[WordPool].size / 2;
    if (m.wordOffsets[0] != 0 || m.wordOffsets[v] != poolLength)
        return tl::unexpected(corrupt(path, u"bad word offsets"_s));
    for (quint64 i = 0; i < v; ++i) {
        if (m.wordOffsets[i] > m.wordOffsets[i + 1])
            return tl::unexpected(corrupt(path, u"bad word offsets"_s));
    }
    for (quint64 i = 0; i < m.wordSlots; ++i) {
        if (m.wordTable[i] != kEmptyWord && m.wordTable[i] >= v)
            return tl::unexpected(corrupt(path, u"bad word table"_s));
    }
    if (model->id(u"<s>") != kBegin || model->id(u"</s>") != kEnd || model->id(u"<num>") != kNumber)
        return tl::unexpected(corrupt(path, u"special words missing"_s));
    return std::shared_ptr<const LanguageModel>(std::move(model));
}

LanguageModel::~LanguageModel() = default;

LanguageModel::WordId LanguageModel::id(QStringView key) const
{
    const Impl &m = *d;
    quint64 i = lmformat::slotOf(lmformat::hashWord(key), m.wordSlots);
    for (quint32 n = 0; n <= m.wordMaxProbe; ++n) {
        const quint32 w = m.wordTable[i];
        if (w == lmformat::kEmptyWord)
            break;
        if (m.wordAt(w) == key)
            return w;
        if (++i == m.wordSlots)
            i = 0;
    }
    return kUnknown;
}

QString LanguageModel::word(WordId id) const
{
    if (id >= d->vocabulary)
        return {};
    return d->wordAt(id).toString();
}

qsizetype LanguageModel::vocabularySize() const
{
    return d->vocabulary;
}

quint32 LanguageModel::count(WordId id) const
{
    return id < d->vocabulary ? d->unigramCount[id] : 0;
}

LanguageModel::Context LanguageModel::context(WordId prev2, WordId prev1) const
{
    using namespace lmformat;
    const Impl &m = *d;
    // Ids from another model or garbage must not index outside the arrays.
    Context c;
    c.prev2 = prev2 < m.vocabulary ? prev2 : kUnknown;
    c.prev1 = prev1 < m.vocabulary ? prev1 : kUnknown;
    c.entry = Impl::find<kBigramShift>(m.bigrams, m.bigramSlots, m.bigramMaxProbe, pack2(c.prev2, c.prev1));
    c.logBackoff = c.entry != kEmptySlot ? m.backoff(c.entry) : 0.0f;
    return c;
}

float LanguageModel::logProb(const Context &c, WordId w) const
{
    using namespace lmformat;
    const Impl &m = *d;
    if (w >= m.vocabulary)
        w = kUnknown;
    // Backoff form of the pruned interpolated model: p(w | u v) = p3 if "u v w" is stored, else
    // b(u v) · p'(w | v), and the same one order down; a context with no entry has backoff 1 (log 0).
    // When the context is unseen or has no stored trigrams (most of the decoder's hypotheses) the trigram
    // probe is skipped.
    if (c.entry != kEmptySlot && (c.entry & kHasTrigrams)) {
        const quint64 t
            = Impl::find<kTrigramShift>(m.trigrams, m.trigramSlots, m.trigramMaxProbe, pack3(c.prev2, c.prev1, w));
        if (t != kEmptySlot)
            return m.prob(t);
    }
    const quint64 b = Impl::find<kBigramShift>(m.bigrams, m.bigramSlots, m.bigramMaxProbe, pack2(c.prev1, w));
    if (b != kEmptySlot)
        return c.logBackoff + m.prob(b);
    return c.logBackoff + m.unigrams[c.prev1].backoff + m.unigrams[w].logProb;
}

float LanguageModel::logProb(WordId prev2, WordId prev1, WordId w) const
{
    return logProb(context(prev2, prev1), w);
}

} // namespace vt::repair
