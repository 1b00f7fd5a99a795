#pragma once
// The import wizard: choose a file and what it holds, check the column mapping (recognised columns
// preselected), read the validation report (every problem by row and column; fix the file or skip the
// bad rows), then import in one transaction as a long task with progress and Cancel.

#include "io/importer.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tessera {

class PlanDocument;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        MappingPage,
        ValidationPage
    };
    ImportWizard(PlanDocument *document, QWidget *parent = nullptr);

    // The options as the pages stand (kind, mapping, dates, decimal mark, level, skip).
    io::ImportOptions options() const;
    void setFile(const QString &path); // for tests and drag-and-drop
    const io::ImportReport &validation() const { return m_validation; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void accept() override;

private:
    QWizardPage *makeFilePage();
    QWizardPage *makeMappingPage();
    QWizardPage *makeValidationPage();
    void loadPreview();
    void updateMappingStatus();
    void runValidation();
    io::ColumnMapping currentMapping() const;

    PlanDocument *m_document;
    io::ImportPreview m_preview;
    io::ImportReport m_validation;
    bool m_validated = false;
    QLineEdit *m_path = nullptr;
    QComboBox *m_kind = nullptr, *m_dates = nullptr, *m_decimal = nullptr;
    QLineEdit *m_level = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_mappingStatus = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_skip = nullptr;
};

} // namespace tessera
