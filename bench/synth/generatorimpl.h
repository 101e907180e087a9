// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to vt_synth: the state shared by archivegenerator.cpp (metadata: who, when, which number)
// and composer.cpp (the text).

#include "archivegenerator.h"
#include "rng.h"
#include "vocabulary.h"

#include <QString>

#include <array>
#include <unordered_map>
#include <vector>

namespace vt::synth {

/// An agency with everything the hot path needs precomputed (capitals, split lists, pickers).
struct AgencyData
{
    const vocab::Agency *def = nullptr;
    int index = 0;
    vocab::Scope scope = vocab::Scope::Province;
    vocab::Titles titles;
    std::vector<QStringView> units;
    std::vector<QStringView> sectors;
    QString issuer;           ///< shared copies of the definition, so Dispatch fields cost no allocation
    QString parent;
    QString province;
    QString headerUpper;      ///< the issuer's line in the header
    QString parentUpper;
    QString decisionUpper;    ///< who decides, over "QUYẾT ĐỊNH:" ("GIÁM ĐỐC SỞ TÀI CHÍNH")
    QString collectiveUpper;  ///< after "TM."
    QString headUpper;
    QString deputyUpper;
    QString byOrderUpper;
    QString citedName;        ///< how documents from elsewhere name it ("Sở Tài chính tỉnh An Giang")
    QStringView phonePrefix;  ///< area code and exchange digit: "0297.3"
    QString mailSuffix;       ///< ".stttt@kiengiang.gov.vn", after a person's initials
    bool partyContent = false;
    bool district = false;    ///< Huyện or thành phố level: its {W} says "huyện"
};

/// Everything decided about the record being generated; the composer reads it and writes the text.
struct Record
{
    vt::Dispatch *d = nullptr;
    const AgencyData *agency = nullptr;
    const vocab::Topic *topic = nullptr;
    vocab::DocType type = vocab::CongVan;
    QDate issued;
    QString period;           ///< "năm 2024", reused so that the summary and the body agree
    QStringView unitCode;     ///< drafting unit, for the "Lưu:" line
    QStringView handlingName; ///< for {H} in ý kiến chỉ đạo
    QString titleUpper;       ///< the signer's title as printed under the authority line
    QStringView lastPartner;  ///< so that "{A} phối hợp với {A}" names two different bodies
    std::array<const QChar *, 40> used{};  ///< templates already used in this text; real documents do not
    int usedCount = 0;                     ///< repeat a sentence, so items avoid them
    bool dashes = false;      ///< whether unnumbered items get "- "
};

/// UTF-8 size of a growing string, counting only what was appended since the last call, so the
/// budget checks of a body cost one pass over its text.
struct Meter
{
    const QString &text;
    qsizetype counted = 0;
    qsizetype bytes = 0;

    qsizetype operator()();
};

struct ArchiveGenerator::Impl
{
    explicit Impl(GeneratorOptions options);

    // archivegenerator.cpp
    vt::Dispatch next();
    void pickTopic(Record &r);
    void makePeriod(Record &r);
    void assignReference(Record &r, bool legal);
    QString formatReference(const AgencyData &agency, vocab::DocType type, int number, int legalYear,
                            QStringView unit) const;
    int expectedNumber(const AgencyData &agency, vocab::DocType type, QDate date, int series) const;
    void assignSigner(Record &r);
    void assignAddressees(Record &r);
    void assignRecipients(Record &r);
    void assignHandling(Record &r);
    QString personName(quint64 key, int femalePermille) const;
    void appendContact(QString &out, Record &r);
    QStringView unitFor(const AgencyData &agency, QStringView sector);

    // composer.cpp
    void composeText(Record &r);
    void composeSummary(Record &r);
    void expand(QString &out, QStringView tpl, Record &r);
    void placeholder(QString &out, char16_t key, Record &r);
    void appendCitation(QString &out, Record &r, vocab::DocType citedType, const AgencyData *cited,
                        bool withIssuer);
    void appendLegalBasis(QString &out, Record &r);
    void appendLaw(QString &out, Record &r);
    void writeHeader(QString &out, Record &r);
    void writeTail(QString &out, Record &r);
    void writeLetter(QString &out, Record &r, qsizetype budget);
    void writePlan(QString &out, Record &r, qsizetype budget);
    void writeDecision(QString &out, Record &r, qsizetype budget);
    void writeReport(QString &out, Record &r, qsizetype budget);
    void writeNotice(QString &out, Record &r, qsizetype budget);
    void writeInvitation(QString &out, Record &r, qsizetype budget);
    void writeDirective(QString &out, Record &r, qsizetype budget);
    void writeParty(QString &out, Record &r, qsizetype budget);
    /// A template fitting the issuer (see the markers in vocabulary.h), with its marker stripped;
    /// with `unique`, one not used yet in this record when possible.
    QStringView pickFor(vocab::List list, Record &r, bool unique);
    QStringView skewed(vocab::List list);
    void item(QString &out, Record &r, vocab::List list, int *counter);
    /// Appends items until the text reaches `limit` bytes (at least one): from `first`, or from `second`
    /// for `secondPercent` of them.
    void fill(QString &out, Record &r, Meter &meter, qsizetype limit, int *counter, vocab::List first,
              vocab::List second = {}, int secondPercent = 0);

    GeneratorOptions options;
    Rng rng;
    qint64 firstDay = 0;      ///< Julian day of 1 January firstYear
    qint64 dayCount = 1;

    std::vector<AgencyData> agencies;
    WeightedIndex typePicker;
    /// Per direction (0 incoming, 1 outgoing) and type: eligible agencies and a weighted picker over them.
    std::array<std::array<std::vector<int>, vocab::DocTypeCount>, 2> eligible;
    std::array<std::array<WeightedIndex, vocab::DocTypeCount>, 2> eligiblePicker;
    std::array<QString, vocab::DocTypeCount> typeNames;
    std::array<QString, vocab::DocTypeCount> typeUpper;
    QString standingDeputy;
    QString standingDeputyUpper;

    WeightedIndex topicPicker;
    std::vector<QStringView> sectorNames;
    std::vector<std::vector<int>> sectorTopics;
    std::vector<WeightedIndex> sectorPickers;
    std::vector<quint32> topicWeights;

    WeightedIndex familyPicker;
    WeightedIndex citedTypePicker;
    std::vector<vocab::DocType> citedTypes;
    WeightedIndex anyAgencyPicker;

    /// Numbers already given out, per (agency, type, period, series): keeps số và ký hiệu unique.
    std::unordered_map<quint64, std::vector<bool>> usedNumbers;
};

} // namespace vt::synth
