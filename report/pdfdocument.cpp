#include "pdfdocument.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>

namespace tessera {

namespace {
constexpr double kMargin = 48; // points
constexpr double kFooter = 24;
} // namespace

PdfDocument::PdfDocument(const QString &path, const QString &title, QPageSize::PageSizeId size)
    : m_writer(std::make_unique<QPdfWriter>(path)), m_path(path), m_title(title)
{
    m_writer->setPageSize(QPageSize(size));
    m_writer->setResolution(72); // one device unit = one point
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Tessera"));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    if (!m_painter.begin(m_writer.get()))
        throw TesseraError(TesseraError::Kind::Io,
                           QCoreApplication::translate("PdfDocument", "The PDF cannot be written."), path);
    m_y = kMargin;
}

PdfDocument::~PdfDocument()
{
    if (!m_finished)
        finish();
}

double PdfDocument::contentWidth() const
{
    return m_writer->width() - 2 * kMargin;
}

void PdfDocument::footer()
{
    QFont f = m_painter.font();
    f.setPointSizeF(8);
    m_painter.setFont(f);
    m_painter.setPen(Qt::darkGray);
    const double y = m_writer->height() - kMargin / 2 - kFooter / 2;
    m_painter.drawText(QRectF(kMargin, y, contentWidth(), kFooter), Qt::AlignLeft | Qt::AlignVCenter,
                       m_title);
    m_painter.drawText(QRectF(kMargin, y, contentWidth(), kFooter), Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("PdfDocument", "Page %1").arg(m_page));
    m_painter.setPen(Qt::black);
}

void PdfDocument::newPage()
{
    footer();
    m_writer->newPage();
    ++m_page;
    m_y = kMargin;
}

void PdfDocument::ensureSpace(double heightPt)
{
    if (m_y + heightPt > m_writer->height() - kMargin - kFooter && m_y > kMargin)
        newPage();
}

void PdfDocument::heading(const QString &text, int level)
{
    QFont f = m_painter.font();
    f.setPointSizeF(level == 1 ? 18 : (level == 2 ? 13 : 11));
    f.setBold(true);
    m_painter.setFont(f);
    const double h = QFontMetricsF(f).height() * 1.5;
    ensureSpace(h * 2);
    m_painter.drawText(QRectF(kMargin, m_y, contentWidth(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += h;
}

void PdfDocument::paragraph(const QString &text)
{
    QFont f = m_painter.font();
    f.setPointSizeF(10);
    f.setBold(false);
    m_painter.setFont(f);
    const QRectF bounds = m_painter.boundingRect(QRectF(kMargin, 0, contentWidth(), 10000),
                                                 Qt::TextWordWrap | Qt::AlignLeft, text);
    ensureSpace(bounds.height() + 6);
    m_painter.drawText(QRectF(kMargin, m_y, contentWidth(), bounds.height()),
                       Qt::TextWordWrap | Qt::AlignLeft, text);
    m_y += bounds.height() + 6;
}

void PdfDocument::table(const QStringList &header, const QList<QStringList> &rows,
                        const QList<bool> &alignRight, const QList<double> &columnWeights)
{
    const int n = int(header.size());
    if (n == 0)
        return;
    QList<double> widths;
    double total = 0;
    for (int i = 0; i < n; ++i)
        total += i < columnWeights.size() ? columnWeights[i] : 1.0;
    for (int i = 0; i < n; ++i)
        widths << contentWidth() * (i < columnWeights.size() ? columnWeights[i] : 1.0) / total;
    QFont f = m_painter.font();
    f.setPointSizeF(8.5);
    const double rowH = QFontMetricsF(f).height() + 5;
    auto drawRow = [&](const QStringList &cells, bool bold, bool shade) {
        f.setBold(bold);
        m_painter.setFont(f);
        if (shade)
            m_painter.fillRect(QRectF(kMargin, m_y, contentWidth(), rowH), QColor(238, 242, 247));
        double x = kMargin;
        for (int i = 0; i < n; ++i) {
            const bool right = i < alignRight.size() && alignRight[i];
            const QRectF cell(x + 3, m_y, widths[i] - 6, rowH);
            const QString text = QFontMetricsF(f).elidedText(cells.value(i), Qt::ElideRight, cell.width());
            m_painter.drawText(cell, (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
            x += widths[i];
        }
        m_y += rowH;
    };
    ensureSpace(rowH * 3);
    drawRow(header, true, true);
    for (int r = 0; r < rows.size(); ++r) {
        if (m_y + rowH > m_writer->height() - kMargin - kFooter) {
            newPage();
            drawRow(header, true, true);
        }
        drawRow(rows[r], false, r % 2 == 1);
    }
    m_y += 8;
}

void PdfDocument::drawBox(double heightPt, const std::function<void(QPainter &, const QSizeF &)> &draw)
{
    ensureSpace(heightPt);
    m_painter.save();
    m_painter.translate(kMargin, m_y);
    m_painter.setClipRect(QRectF(0, 0, contentWidth(), heightPt));
    draw(m_painter, QSizeF(contentWidth(), heightPt));
    m_painter.restore();
    m_y += heightPt + 8;
}

void PdfDocument::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    footer();
    m_painter.end();
}

} // namespace tessera
