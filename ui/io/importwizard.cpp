#include "importwizard.h"

#include "shell/longtask.h"
#include "shell/plandocument.h"
#include "store/planstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

// A page whose Next button follows a predicate.
class CheckedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
};

} // namespace

ImportWizard::ImportWizard(PlanDocument *document, QWidget *parent) : QWizard(parent), m_document(document)
{
    setWindowTitle(tr("Import into %1").arg(document->displayName()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, makeFilePage());
    setPage(MappingPage, makeMappingPage());
    setPage(ValidationPage, makeValidationPage());
    setButtonText(QWizard::FinishButton, tr("Import"));
    resize(860, 560);
}

QWizardPage *ImportWizard::makeFilePage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Choose a file"));
    page->setSubTitle(
        tr("A CSV (comma, semicolon or tab), XLSX or ODS table with a header row, e.g. a CRM report."));
    auto *form = new QFormLayout(page);
    m_path = new QLineEdit;
    auto *browse = new QPushButton(tr("Browse…"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    form->addRow(tr("File:"), row);
    m_kind = new QComboBox;
    for (int k = 0; k <= int(io::ImportKind::Quotas); ++k)
        m_kind->addItem(io::kindTitle(io::ImportKind(k)), k);
    m_kind->setCurrentIndex(int(io::ImportKind::Opportunities));
    form->addRow(tr("The file holds:"), m_kind);
    m_dates = new QComboBox;
    m_dates->addItem(tr("Only unambiguous dates (ask when 03/04/2027 could be either)"),
                     int(io::DateOrder::Unspecified));
    m_dates->addItem(tr("Day first (03/04/2027 = 3 April)"), int(io::DateOrder::DayFirst));
    m_dates->addItem(tr("Month first (03/04/2027 = March 4)"), int(io::DateOrder::MonthFirst));
    form->addRow(tr("Dates:"), m_dates);
    m_decimal = new QComboBox;
    m_decimal->addItem(tr("1,234.56 (decimal point)"), false);
    m_decimal->addItem(tr("1.234,56 (decimal comma)"), true);
    form->addRow(tr("Numbers:"), m_decimal);
    m_level = new QLineEdit;
    m_level->setPlaceholderText(tr("geography level of unit codes, e.g. zip"));
    form->addRow(tr("Unit level (assignments):"), m_level);
    page->complete = [this] {
        return QFileInfo(m_path->text()).isFile();
    };
    connect(m_path, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Import file"), QString(), tr("Tables (*.csv *.txt *.tsv *.xlsx *.ods);;All files (*)"));
        if (!f.isEmpty())
            m_path->setText(f);
    });
    return page;
}

QWizardPage *ImportWizard::makeMappingPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(
        tr("Recognised columns are preselected. Choose a field for the others or leave them ignored."));
    auto *layout = new QVBoxLayout(page);
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Imported as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_mapping);
    m_mappingStatus = new QLabel;
    m_mappingStatus->setWordWrap(true);
    layout->addWidget(m_mappingStatus);
    page->complete = [this] {
        return io::mappingProblems(io::ImportKind(m_kind->currentData().toInt()), currentMapping()).isEmpty();
    };
    return page;
}

QWizardPage *ImportWizard::makeValidationPage()
{
    auto *page = new CheckedPage;
    page->setTitle(tr("Check before importing"));
    page->setSubTitle(
        tr("Nothing has been written yet. Fix the file and check again, or skip the bad rows."));
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems = new QTableWidget(0, 3);
    m_problems->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_problems);
    auto *row = new QHBoxLayout;
    m_skip = new QCheckBox(tr("Skip the bad rows and import the rest"));
    auto *again = new QPushButton(tr("Check again"));
    row->addWidget(m_skip);
    row->addStretch();
    row->addWidget(again);
    layout->addLayout(row);
    page->complete = [this] {
        return m_validated && (m_validation.problemCount == 0 || m_skip->isChecked());
    };
    connect(m_skip, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    connect(again, &QPushButton::clicked, this, [this] {
        loadPreview(); // the file may have been fixed meanwhile
        runValidation();
    });
    return page;
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
}

io::ColumnMapping ImportWizard::currentMapping() const
{
    io::ColumnMapping m;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 2));
        m.fieldOfColumn.push_back(combo ? combo->currentData().toInt() : -1);
    }
    return m;
}

io::ImportOptions ImportWizard::options() const
{
    io::ImportOptions o;
    o.kind = io::ImportKind(m_kind->currentData().toInt());
    o.mapping = currentMapping();
    o.settings.dateOrder = io::DateOrder(m_dates->currentData().toInt());
    o.settings.numbers.decimalComma = m_decimal->currentData().toBool();
    o.settings.level = m_level->text().trimmed();
    o.skipBadRows = m_skip->isChecked();
    return o;
}

void ImportWizard::loadPreview()
{
    const auto kind = io::ImportKind(m_kind->currentData().toInt());
    m_preview = io::previewFile(m_path->text(), kind, 3);
    const auto &fields = io::fieldsFor(kind);
    m_mapping->setRowCount(int(m_preview.headers.size()));
    for (int c = 0; c < m_preview.headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_preview.headers[c]));
        QStringList samples;
        for (const QStringList &r : m_preview.rows)
            samples << r.value(c).simplified();
        m_mapping->setItem(c, 1, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox;
        combo->addItem(tr("— ignore —"), -1);
        for (size_t f = 0; f < fields.size(); ++f)
            combo->addItem(fields[f].required ? tr("%1 (required)").arg(fields[f].label) : fields[f].label,
                           int(f));
        combo->setCurrentIndex(combo->findData(m_preview.mapping.fieldOfColumn[size_t(c)]));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::updateMappingStatus);
        m_mapping->setCellWidget(c, 2, combo);
    }
    m_mapping->resizeColumnToContents(0);
    m_mapping->setColumnWidth(2, 220);
    updateMappingStatus();
}

void ImportWizard::updateMappingStatus()
{
    const QStringList problems =
        io::mappingProblems(io::ImportKind(m_kind->currentData().toInt()), currentMapping());
    m_mappingStatus->setText(problems.isEmpty() ? tr("All required fields are matched.")
                                                : problems.join(QLatin1Char('\n')));
    m_mappingStatus->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    emit page(MappingPage)->completeChanged();
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        try {
            loadPreview();
        } catch (const std::exception &e) {
            showError(this, tr("Import"), e);
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ValidationPage)
        runValidation();
}

void ImportWizard::runValidation()
{
    m_validated = false;
    io::ImportOptions o = options();
    o.dryRun = true;
    const QString path = m_path->text(), plan = m_document->path();
    const auto report = runLongTask<io::ImportReport>(
        this, tr("Checking %1").arg(QFileInfo(path).fileName()), [o, path, plan](const Progress &p) {
            auto store = PlanStore::openConnection(plan, PlanStore::Access::ReadOnly);
            return io::importFile(*store, path, o, p);
        });
    m_problems->setRowCount(0);
    if (!report) {
        m_summary->setText(tr("The file could not be checked."));
        emit page(ValidationPage)->completeChanged();
        return;
    }
    m_validation = *report;
    m_validated = true;
    const QLocale l;
    QString text = tr("%1 rows checked: %2 would be added and %3 would update existing records.")
                       .arg(l.toString(m_validation.rows), l.toString(m_validation.inserted),
                            l.toString(m_validation.updated));
    if (m_validation.problemCount > 0)
        text += QLatin1Char(' ') +
                tr("%n problem(s) in %1 rows, listed below.", nullptr, int(m_validation.problemCount))
                    .arg(l.toString(m_validation.skipped));
    else
        text += QLatin1Char(' ') + tr("No problems found.");
    if (!m_validation.note.isEmpty())
        text += QLatin1Char(' ') + m_validation.note;
    m_summary->setText(text);
    m_problems->setRowCount(int(m_validation.problems.size()));
    for (int i = 0; i < int(m_validation.problems.size()); ++i) {
        const auto &p = m_validation.problems[size_t(i)];
        m_problems->setItem(i, 0, new QTableWidgetItem(p.row >= 0 ? l.toString(p.row) : QString()));
        m_problems->setItem(i, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.reason));
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    emit page(ValidationPage)->completeChanged();
}

void ImportWizard::accept()
{
    const io::ImportOptions o = options();
    const QString path = m_path->text(), plan = m_document->path();
    const auto report = runLongTask<io::ImportReport>(
        this, tr("Importing %1").arg(QFileInfo(path).fileName()), [o, path, plan](const Progress &p) {
            auto store = PlanStore::openConnection(plan, PlanStore::Access::ReadWrite);
            return io::importFile(*store, path, o, p);
        });
    if (!report)
        return; // cancelled or failed: the plan is unchanged and the wizard stays open
    if (!report->committed) {
        QMessageBox::warning(
            this, tr("Import"),
            tr("The file changed since it was checked and now has problems; nothing was imported."));
        return;
    }
    m_document->notifyChanged(ChangeEvent{ChangeEvent::Kind::Everything, {}, io::kindName(o.kind)});
    QMessageBox::information(this, tr("Import"),
                             tr("Imported %1 rows: %2 added, %3 updated, %4 skipped.")
                                 .arg(report->rows)
                                 .arg(report->inserted)
                                 .arg(report->updated)
                                 .arg(report->skipped));
    QWizard::accept();
}

} // namespace tessera
