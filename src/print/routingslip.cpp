// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingslip.h"

#include "formpainter.h"
#include "formtext.h"
#include "pdfoutput.h"

#include "store/dispatchstore.h"

#include <QPagedPaintDevice>

using namespace Qt::StringLiterals;

namespace vt::print {

QPageLayout slipPageLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter);
}

namespace {

QString leadOf(const Dispatch &d)
{
    QStringList who;
    if (!d.handlingUnit.isEmpty())
        who << d.handlingUnit;
    if (!d.handlingPerson.isEmpty())
        who << d.handlingPerson;
    return who.join(u", "_s);
}

} // namespace

Result<void> paintRoutingSlip(QPagedPaintDevice &device, const Dispatch &d, const AgencyInfo &agency, const QDate &date)
{
    if (d.direction != Direction::Incoming)
        return fail(Error::InvalidArgument,
            u"Record %1 is in the outgoing register; routing slips are for incoming documents."_s.arg(d.id));
    device.setPageLayout(slipPageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return fail(Error::Io, u"Cannot start printing the routing slip."_s);
    FormPainter fp(painter);
    const double w = fp.width();
    const QFont body = formFont(13);
    const QFont bold = formFont(13, true);
    const QFont value = formFont(13, false, true);

    double y = paintFormHeader(fp, 0, agency, form::placeAndDate(agency.place, date));
    y += fp.mm(10);
    y += fp.text({0, y}, w, form::slipTitle(), formFont(14, true), Qt::AlignHCenter);
    y += fp.mm(1);
    y += fp.text({fp.mm(10), y}, w - fp.mm(20), form::slipDocument(d), formFont(13, false, true), Qt::AlignHCenter);
    y += fp.mm(1);
    y += fp.text({0, y}, w, form::slipArrival(d), body, Qt::AlignHCenter);
    y += fp.mm(7);

    const double gap = fp.mm(2);
    y += fp.text({0, y}, w, form::slipSection1(), bold) + gap;
    y += fp.labelled({0, y}, w, form::slipLead(), leadOf(d), body, value) + gap;
    y += fp.labelled({0, y}, w, form::slipCooperate(), d.cooperatingUnits.join(u"; "_s), body, value, 2) + gap;
    y += fp.labelled({0, y}, w, form::slipDeadline(), form::shortDate(d.dueDate), body, value) + gap;
    y += fp.labelled({0, y}, w, form::slipInstruction(), d.instruction, body, value, 2) + gap;
    y += fp.labelled({0, y}, w, form::slipOpinionDate(), {}, body, value) + fp.mm(6);

    y += fp.text({0, y}, w, form::slipSection2(), bold) + gap;
    y += fp.labelled({0, y}, w, form::slipAssignPerson(), d.handlingPerson, body, value) + gap;
    y += fp.labelled({0, y}, w, form::slipPersonDeadline(), {}, body, value) + gap;
    y += fp.labelled({0, y}, w, form::slipUnitOpinionDate(), {}, body, value) + fp.mm(6);

    y += fp.text({0, y}, w, form::slipSection3(), bold) + gap;
    y += fp.labelled({0, y}, w, form::slipProposal(), {}, body, value, 4) + gap;
    fp.labelled({0, y}, w, form::slipProposalDate(), {}, body, value);
    painter.end();
    return {};
}

Result<void> writeRoutingSlip(
    const QString &pdfPath, store::Database &db, qint64 id, const AgencyInfo &agency, const QDate &date)
{
    auto dispatch = store::DispatchStore(db).get(id);
    if (!dispatch)
        return tl::unexpected(dispatch.error());
    return writePdf(pdfPath, u"Phiếu giải quyết văn bản đến"_s,
        [&](QPagedPaintDevice &device) { return paintRoutingSlip(device, *dispatch, agency, date); });
}

} // namespace vt::print
