#pragma once
// A paged A4/Letter PDF written top to bottom: headings, paragraphs, tables that break across pages,
// and free drawing (charts) in a reserved box. Page numbers and a footer on every page.
//
// Needs a QGuiApplication (tessera-cli makes one with the offscreen platform when it writes a PDF).

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace tessera {

class PdfDocument
{
public:
    // Throws TesseraError(Io) naming the file when it cannot be written.
    PdfDocument(const QString &path, const QString &title, QPageSize::PageSizeId size = QPageSize::Letter);
    ~PdfDocument();

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text);
    // A table: the header row repeats on each page. alignRight[i] right-aligns column i (numbers).
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<bool> &alignRight = {},
               const QList<double> &columnWeights = {});
    // Reserves a box of the given height (points) on the current page, breaking first if needed, and
    // lets draw paint into it; the painter's coordinates are in points with (0, 0) at the box's corner.
    void drawBox(double heightPt, const std::function<void(QPainter &painter, const QSizeF &box)> &draw);
    void newPage();
    void finish(); // writes the file; called by the destructor if not called

    QPainter &painter() { return m_painter; }
    double contentWidth() const;

private:
    void ensureSpace(double heightPt);
    void footer();
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QString m_path, m_title;
    double m_y = 0;
    int m_page = 1;
    bool m_finished = false;
};

} // namespace tessera
