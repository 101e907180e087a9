// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <span>
#include <vector>

/// The generator's word lists, phrase templates and agency table, all written for this project.
/// Text is NFC and uses the old tone placement ("hòa", "thủy"); see text::toNewTonePlacement().
///
/// Phrase templates contain one-letter placeholders in braces, expanded by the composer:
///   {T} topic name            {F} a facet of the topic   {E} event          {P} period ("năm 2024")
///   {W} area ("trên địa bàn tỉnh")  {G} kind of document ("Kế hoạch")     {L} higher authority
///   {S} the issuer naming itself    {A} another agency     {U} addressed units, lower case
///   {J} addressed units, capitalised  {D} a later date     {B} an earlier date
///   {N} small count   {K} large count (grouped)   {M} amount of money   {R} percentage
///   {Y} the year      {Z} the next year   {Q} the previous year   {C} a citation of another document
///   {V} action verb   {O} generic object  {I} deadline or rhythm (may be empty)   {X} another province
///   {f} foreign partner   {n} a person's name   {h} a time of day   {p} a venue   {m} adverb (may be empty)
///   {q} qualifier (may be empty)   {k} the issuer's province   {a} "huyện" or "thành phố"   {t} phone number
///   {i} a contact of the issuer: name, phone and e-mail address
///   {H} the handling unit (ý kiến chỉ đạo only)
///   Long tail (vocabulary_details.cpp, picked with a skew): {x} commune  {o} hamlet  {s} street
///   {e} enterprise  {g} goods  {c} produce  {d} disease  {j} occupation  {w} paperwork  {r} project
///   {v} a district elsewhere in the country  {y} a birth year
///
/// A template may start with markers restricting who can use it: '#' bodies that assign work to others
/// (UBND, Văn phòng, Tỉnh ủy, HĐND, Ban Chỉ đạo, Bộ), '@' subordinate provincial bodies (Sở, Công an, …),
/// '%' UBND tỉnh and its Văn phòng only, '^' provincial scope, '~' topics of disasters, security, health.
namespace vt::synth::vocab {

using List = std::span<const QStringView>;

/// What sort of body issues a document; decides the document types it may issue, the signer titles,
/// whether it signs "TM." for a collective, and the scope of its phrases.
enum class Kind : quint8 {
    ProvinceCommittee, ///< UBND tỉnh
    DistrictCommittee, ///< UBND huyện / thành phố
    Office,            ///< Văn phòng UBND tỉnh
    Department,        ///< Sở
    Council,           ///< HĐND tỉnh
    PartyCommittee,    ///< Tỉnh ủy, Huyện ủy
    PartyBoard,        ///< Ban Tuyên giáo, Văn phòng Tỉnh ủy, …
    Steering,          ///< Ban Chỉ đạo
    Police,
    Tax,
    Military,
    Insurance,
    Front,             ///< Ủy ban MTTQ
    Ministry,          ///< Bộ, Văn phòng Chính phủ
};

enum DocType : int {
    CongVan, KeHoach, QuyetDinh, ThongBao, BaoCao, ToTrinh, GiayMoi, HuongDan, ChiThi, NghiQuyet, ChuongTrinh,
    CongDien, QuyChe, QuyDinh, DeAn, PhuongAn, BienBan, KetLuan, GiayGioiThieu,
    DocTypeCount
};

struct DocTypeInfo
{
    QStringView name;       ///< "Kế hoạch"
    QStringView abbr;       ///< state ký hiệu, "KH"; empty for công văn
    QStringView partyAbbr;  ///< Party ký hiệu, "KH", "CV", "QĐi"
    int permille;           ///< share of the archive
    int perThousandCv;      ///< yearly volume relative to 1000 công văn of the same agency, for numbering
};
std::span<const DocTypeInfo> docTypes();
bool canIssue(Kind kind, DocType type);

struct Agency
{
    QStringView province;   ///< địa danh, also Dispatch::place
    QStringView issuer;     ///< Dispatch::issuer, normal capitalisation
    QStringView parent;     ///< Dispatch::issuerParent
    QStringView header;     ///< the issuer as printed in the header when longer than `issuer`
    QStringView abbr;       ///< agency abbreviation in ký hiệu
    QStringView units;      ///< ';'-separated drafting-unit abbreviations (công văn ký hiệu, "Lưu:" line)
    QStringView sectors;    ///< ';'-separated topic sectors it writes about; empty: any
    QStringView selfName;   ///< how its own text names it ("Sở Tài chính", "UBND tỉnh")
    Kind kind;
    bool partyStyle;        ///< "116-KH/TU" numbering instead of "116/KH-UBND"
    bool home;              ///< issues the register's outgoing documents
    int weight;             ///< share of the archive among agencies of the same direction
    int volume;             ///< công văn per year, sets the size of document numbers
};
std::span<const Agency> agencies();

struct Topic
{
    QStringView sector;
    QStringView name;
    std::vector<QStringView> facets;
};
/// Ordered from the most to the least frequent; the generator gives them Zipf-like weights.
const std::vector<Topic> &topics();

/// A legal basis cited by number ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về …").
struct LegalDocument
{
    QStringView type;
    QStringView reference;
    int year, month, day;
    QStringView issuer;
    QStringView about;
    QStringView sectors;    ///< ';'-separated, empty: any
};
std::span<const LegalDocument> legalDocuments();

/// A law cited by name and date only ("Luật Đất đai ngày 18 tháng 01 năm 2024").
struct Law
{
    QStringView name;
    int year, month, day;
    QStringView sectors;
};
std::span<const Law> laws();

struct WeightedWord
{
    QStringView text;
    int weight;
};

// People.
std::span<const WeightedWord> familyNames();
List maleMiddleNames();
List femaleMiddleNames();
List maleGivenNames();
List femaleGivenNames();

// Places.
List provinces();          ///< the 63 provinces and centrally governed cities (before the 2025 merger)
List foreignPartners();
List venues();

/// Titles by kind: head, deputy, and the officer who signs "TL."/"TUQ."; the collective's name after "TM."
struct Titles
{
    QStringView head;
    QStringView deputy;
    QStringView byOrder;
    QStringView collective;  ///< "Ủy ban nhân dân", "Ban Thường vụ"; empty when it never signs TM.
};
Titles titles(Kind kind);

// Register-side vocabulary.
struct HandlingUnit
{
    QStringView sector;
    QStringView name;
    QStringView code;
};
std::span<const HandlingUnit> handlingUnits();
List instructions();       ///< ý kiến chỉ đạo; {H} is the handling unit, {D} a deadline
List notes();

// Summary (trích yếu) templates per document type. Công văn templates omit the "V/v ".
List summaries(DocType type);

// Sentence material, see vocabulary_phrases.cpp.
enum class Scope : quint8 { Province, District, Party, Central };
List subjects(Scope scope);      ///< lower case: "các sở, ban, ngành tỉnh"
List areas(Scope scope);         ///< "trên địa bàn tỉnh"; never empty
List leaders(Scope scope);       ///< "Chủ tịch UBND tỉnh"
List partners(Scope scope);      ///< other bodies named in assignments: "Sở Tài chính"
List addresseeGroups(Scope scope);
List recipientLines(Scope scope);
List events();
List documentKinds();
List verbs();
List adverbs();
List objects();
List qualifiers();
List deadlines();
List purposes();
List tasks();
List results();
List shortcomings();
List solutions();
List assignments();
List requests();
List letterOpenings();
List citationOpenings();
List letterClosings();
List planClosings();
List reportClosings();
List noticeClosings();
List meetingOpenings();     ///< thông báo kết luận, biên bản
List partyOpenings();       ///< nghị quyết, chỉ thị, kết luận of the Party
List assessments();         ///< the situation paragraph that opens a chỉ thị or công điện
List invitationLines();
List reportOpenings();

// The long tail, see vocabulary_details.cpp.
List communes();
List hamlets();
List districts();        ///< "huyện Mèo Vạc, tỉnh Hà Giang"
List streets();
List enterpriseForms();
List trades();
List brands();
List goods();
List produce();
List diseases();
List professions();
List paperwork();
List projects();
List details();         ///< concrete sentences built from the lists above

} // namespace vt::synth::vocab
