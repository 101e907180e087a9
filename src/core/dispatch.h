// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt {

/// Which register a dispatch belongs to: văn bản đến (incoming) or văn bản đi (outgoing).
enum class Direction { Incoming, Outgoing };

/// Độ khẩn (NĐ 30/2020, PL I III.2): Khẩn, Thượng khẩn, Hỏa tốc.
enum class Urgency { Normal, Urgent, VeryUrgent, Flash };

/// Độ mật: Mật, Tối mật, Tuyệt mật. Anything above Normal takes the confidential number series.
enum class Confidentiality { Normal, Confidential, Secret, TopSecret };

/// The signer's authority prefix: TM., KT., TL., TUQ., Q.
enum class SigningAuthority { None, OnBehalf, Deputy, ByOrder, Delegated, Acting };

/// Handling status of an incoming dispatch.
enum class Status { Waiting, InProgress, Done };

/// A reference to another document found in the text ("Công văn số 273/STTTT-TTBCBC ngày 24/4/2020 của …").
/// `targetId` is the id of the cited record when it is in the register, else 0.
struct Citation
{
    QString reference;
    QDate date;
    QString issuer;
    QString type;
    qint64 targetId = 0;

    friend bool operator==(const Citation &, const Citation &) = default;
};

/// One registered document (a row of the Sổ đăng ký văn bản đến/đi) as a plain value.
/// Dates are calendar dates (no time zone); text is NFC as the document printed it.
struct Dispatch
{
    qint64 id = 0;
    Direction direction = Direction::Incoming;
    int arrivalNumber = 0;  ///< số đến (or số đi); assigned by the store, gapless per register, year and series
    QDate arrivalDate;      ///< ngày đến; the register year is its year

    QString issuer;         ///< cơ quan ban hành
    QString issuerParent;   ///< cơ quan chủ quản
    QString number;         ///< "2668", "116"
    QString notation;       ///< "VP-VHXH", "2025/QĐ-UBND", "KH/BCĐTTĐN"
    QString reference;      ///< the full số và ký hiệu: "2668/VP-VHXH", "116-KH/BCĐTTĐN"
    QString place;          ///< địa danh
    QDate issuedDate;       ///< ngày ban hành
    QString type;           ///< loại văn bản: "Công văn", "Kế hoạch", …
    QString summary;        ///< trích yếu
    QStringList addressees; ///< kính gửi
    QStringList recipients; ///< nơi nhận
    QString signer;
    QString signerTitle;
    SigningAuthority signingAuthority = SigningAuthority::None;
    Urgency urgency = Urgency::Normal;
    Confidentiality confidentiality = Confidentiality::Normal;

    QDate dueDate;          ///< thời hạn giải quyết
    QString handlingUnit;   ///< đơn vị chủ trì
    QStringList cooperatingUnits; ///< đơn vị phối hợp
    QString handlingPerson;
    QString instruction;    ///< ý kiến chỉ đạo
    Status status = Status::Waiting;
    QString notes;          ///< ghi chú
    int pageCount = 0;
    QString fullText;
    QList<Citation> citations;

    QDateTime createdAt;    ///< set by the store (UTC)
    QDateTime updatedAt;
    QDateTime deletedAt;    ///< set while the record is in the trash

    bool isConfidential() const { return confidentiality != Confidentiality::Normal; }
};

// Stable codes, used in the database, JSON and on the command line. Parsing is lenient: it takes the
// code, the Vietnamese label with or without diacritics ("Hỏa tốc", "hoa toc") or the printed prefix ("KT.").
QString toCode(Direction);
QString toCode(Urgency);
QString toCode(Confidentiality);
QString toCode(SigningAuthority);  ///< the printed prefix, "KT.", or empty
QString toCode(Status);
std::optional<Direction> parseDirection(QStringView);
std::optional<Urgency> parseUrgency(QStringView);
std::optional<Confidentiality> parseConfidentiality(QStringView);
std::optional<SigningAuthority> parseSigningAuthority(QStringView);
std::optional<Status> parseStatus(QStringView);

/// The Vietnamese label as printed on a document or register ("Hỏa tốc", "Tối mật"); empty for Normal.
QString label(Urgency);
QString label(Confidentiality);

} // namespace vt
