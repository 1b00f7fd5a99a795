#include "exportdialog.h"

#include "importwizard.h"
#include "io/exporter.h"
#include "iodialogs.h"
#include "shell/longtask.h"
#include "shell/plandocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tessera {

ExportDialog::ExportDialog(PlanDocument *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Export %1").arg(document->displayName()));
    auto *form = new QFormLayout;
    m_xlsx = new QRadioButton(tr("Excel workbook (.xlsx), one sheet per part"));
    m_csv = new QRadioButton(tr("CSV files, one per part, in a folder"));
    m_xlsx->setChecked(true);
    auto *formats = new QVBoxLayout;
    formats->addWidget(m_xlsx);
    formats->addWidget(m_csv);
    form->addRow(tr("Format:"), formats);
    m_parts = new QListWidget;
    for (const auto &p : io::exportPartInfos()) {
        auto *item = new QListWidgetItem(p.title, m_parts);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_parts->setMaximumHeight(m_parts->sizeHintForRow(0) * 7 + 8);
    form->addRow(tr("Parts:"), m_parts);
    m_path = new QLineEdit;
    auto *browse = new QPushButton(tr("Browse…"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    form->addRow(tr("Save to:"), row);
    m_bom = new QCheckBox(tr("Start CSV files with a byte order mark (for Excel)"));
    form->addRow(QString(), m_bom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    const QFileInfo plan(document->path());
    m_path->setText(plan.dir().filePath(plan.completeBaseName() + QStringLiteral(".xlsx")));
    connect(m_csv, &QRadioButton::toggled, this, [this, plan](bool csv) {
        m_path->setText(csv ? plan.dir().filePath(plan.completeBaseName() + QStringLiteral("-csv"))
                            : plan.dir().filePath(plan.completeBaseName() + QStringLiteral(".xlsx")));
        updateState();
    });
    connect(m_parts, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p =
            isCsv() ? QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"), destination())
                    : QFileDialog::getSaveFileName(this, tr("Workbook"), destination(),
                                                   tr("Excel workbook (*.xlsx)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    updateState();
    resize(520, sizeHint().height());
}

QStringList ExportDialog::selectedParts() const
{
    QStringList parts;
    for (int i = 0; i < m_parts->count(); ++i)
        if (m_parts->item(i)->checkState() == Qt::Checked)
            parts << m_parts->item(i)->data(Qt::UserRole).toString();
    return parts;
}

bool ExportDialog::isCsv() const
{
    return m_csv->isChecked();
}

QString ExportDialog::destination() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setDestination(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::updateState()
{
    m_bom->setEnabled(isCsv());
    m_ok->setEnabled(!selectedParts().isEmpty() && !destination().isEmpty());
}

void ExportDialog::accept()
{
    const QString plan = m_document->path(), out = destination();
    const QStringList parts = selectedParts();
    const bool csv = isCsv(), bom = m_bom->isChecked();
    const bool ok = runLongTaskImpl(this, tr("Exporting"), [=](const Progress &p) {
        auto store = PlanStore::openConnection(plan, PlanStore::Access::ReadOnly);
        if (csv)
            io::exportCsv(*store, out, parts, bom, p);
        else
            io::exportXlsx(*store, out, parts, p);
    });
    if (ok)
        QDialog::accept();
}

void showImportWizard(PlanDocument *document, QWidget *parent)
{
    ImportWizard wizard(document, parent);
    wizard.exec();
}

void showExportDialog(PlanDocument *document, QWidget *parent)
{
    ExportDialog dialog(document, parent);
    dialog.exec();
}

} // namespace tessera
