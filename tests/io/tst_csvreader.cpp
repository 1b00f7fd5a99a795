// The CSV reader and the value parsers: RFC 4180 edge cases, delimiters, encodings, money, dates.
#include "common/error.h"
#include "io/csvreader.h"
#include "io/values.h"

#include <QTest>

using namespace tessera;
using namespace tessera::io;

using Rows = std::vector<std::vector<QString>>;
Q_DECLARE_METATYPE(Rows)

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Rows>("expected");
        auto r = [](std::initializer_list<std::initializer_list<const char *>> rows) {
            Rows out;
            for (const auto &row : rows) {
                std::vector<QString> v;
                for (const char *f : row)
                    v.push_back(QString::fromUtf8(f));
                out.push_back(v);
            }
            return out;
        };
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << r({{"a", "b"}, {"1", "2"}});
        QTest::newRow("CRLF, no final newline") << QByteArray("a,b\r\n1,2") << r({{"a", "b"}, {"1", "2"}});
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n1,2\n")
                             << r({{"a", "b"}, {"1", "2"}});
        QTest::newRow("quoted comma") << QByteArray("a,b\n\"x, y\",2\n") << r({{"a", "b"}, {"x, y", "2"}});
        QTest::newRow("doubled quote") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << r({{"a"}, {"say \"hi\""}});
        QTest::newRow("newline in field")
            << QByteArray("a,b\r\n\"line1\r\nline2\",2\r\n") << r({{"a", "b"}, {"line1\r\nline2", "2"}});
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << r({{"a", "b", "c"}, {"", "", ""}});
        QTest::newRow("empty quoted") << QByteArray("a,b\n\"\",x\n") << r({{"a", "b"}, {"", "x"}});
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n1\n\r\n2\n") << r({{"a"}, {"1"}, {"2"}});
        QTest::newRow("semicolon detected") << QByteArray("a;b\n1,5;2\n") << r({{"a", "b"}, {"1,5", "2"}});
        QTest::newRow("tab detected") << QByteArray("a\tb\nx,y\tz\n") << r({{"a", "b"}, {"x,y", "z"}});
        QTest::newRow("comma in quoted header does not vote")
            << QByteArray("\"a;b\";c;d\n1;2;3\n") << r({{"a;b", "c", "d"}, {"1", "2", "3"}});
        QTest::newRow("UTF-8 text") << QByteArray("name\nZ\xC3\xBCrich \xE2\x82\xAC\n")
                                    << r({{"name"}, {"Z\xC3\xBCrich \xE2\x82\xAC"}});
        QTest::newRow("quote in unquoted field kept")
            << QByteArray("a\n5\" disk\n") << r({{"a"}, {"5\" disk"}});
    }
    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(Rows, expected);
        QCOMPARE(CsvReader::parseAll(input), expected);
    }

    void refuse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("row");
        QTest::newRow("unbalanced quote")
            << QByteArray("a,b\n1,\"open\n2,3\n") << QStringLiteral("unbalanced quote") << qint64(2);
        QTest::newRow("text after closing quote")
            << QByteArray("a\n\"x\"y\n") << QStringLiteral("closing quote") << qint64(2);
        QTest::newRow("Latin-1") << QByteArray("a\ncaf\xE9\n") << QStringLiteral("Not UTF-8") << qint64(2);
        QTest::newRow("UTF-16 BOM") << QByteArray("\xFF\xFE"
                                                  "a\0,\0b\0",
                                                  8)
                                    << QStringLiteral("UTF-16") << qint64(0);
        QTest::newRow("NUL bytes") << QByteArray("a\0b\0", 4) << QStringLiteral("NUL bytes") << qint64(0);
        QTest::newRow("overlong UTF-8")
            << QByteArray("a\n\xC0\xAF\n") << QStringLiteral("Not UTF-8") << qint64(2);
    }
    void refuse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QFETCH(qint64, row);
        try {
            CsvReader::parseAll(input);
            QFAIL("accepted");
        } catch (const TesseraError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QCOMPARE(e.row(), row);
        }
    }

    // A record split across the reader's 1 MiB chunks parses the same as in one piece.
    void chunkBoundaries()
    {
        QByteArray text = "id,note\n";
        for (int i = 0; i < 40000; ++i)
            text +=
                QByteArray::number(i) + ",\"multi\nline, \"\"quoted\"\" " + QByteArray::number(i) + "\"\r\n";
        const QString path = QDir::temp().filePath(QStringLiteral("tst_csv_chunks.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        CsvReader reader(path);
        QVERIFY(reader.next());
        int n = 0;
        while (reader.next()) {
            QCOMPARE(reader.field(0), QString::number(n));
            QCOMPARE(reader.field(1), QStringLiteral("multi\nline, \"quoted\" %1").arg(n));
            ++n;
        }
        QCOMPARE(n, 40000);
        QCOMPARE(reader.row(), 40001);
        QFile::remove(path);
    }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<qint64>("cents"); // -1 = refused
        QTest::newRow("plain") << QStringLiteral("1234.5") << false << qint64(123450);
        QTest::newRow("dollar grouping") << QStringLiteral("$1,234,567.89") << false << qint64(123456789);
        QTest::newRow("negative parentheses") << QStringLiteral("($1,000.00)") << false << qint64(-100000);
        QTest::newRow("minus before symbol") << QStringLiteral("-$12.30") << false << qint64(-1230);
        QTest::newRow("code prefix") << QStringLiteral("USD 2,500") << false << qint64(250000);
        QTest::newRow("euro decimal comma") << QStringLiteral("1.234,56 \u20AC") << true << qint64(123456);
        QTest::newRow("space grouping") << QStringLiteral("1 234 567,5") << true << qint64(123456750);
        QTest::newRow("trailing zero decimals") << QStringLiteral("10.500") << false << qint64(1050);
        QTest::newRow("largest exact")
            << QStringLiteral("9,999,999,999,999.99") << false << qint64(999999999999999);
        QTest::newRow("three decimals refused") << QStringLiteral("1.005") << false << qint64(-1);
        QTest::newRow("bad grouping refused") << QStringLiteral("1,23,4") << false << qint64(-1);
        QTest::newRow("comma as decimal refused in point mode")
            << QStringLiteral("12,5") << false << qint64(-1);
        QTest::newRow("words refused") << QStringLiteral("twelve") << false << qint64(-1);
        QTest::newRow("empty refused") << QStringLiteral("$") << false << qint64(-1);
        QTest::newRow("too large refused") << QStringLiteral("12345678901234567") << false << qint64(-1);
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(bool, decimalComma);
        QFETCH(qint64, cents);
        QString why;
        const auto v = parseMoneyCents(text, NumberFormat{decimalComma}, &why);
        if (cents == -1) {
            QVERIFY2(!v, qPrintable(text));
            QVERIFY(!why.isEmpty());
        } else {
            QVERIFY2(v, qPrintable(why));
            QCOMPARE(*v, cents);
        }
    }

    // The import's byte-level fast path: it accepts only simple forms, and gives what the full parser gives.
    void simpleMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<qint64>("cents"); // -1 = not a simple form (the full parser decides)
        QTest::newRow("plain") << QStringLiteral("1234.5") << false << qint64(123450);
        QTest::newRow("whole") << QStringLiteral("77") << false << qint64(7700);
        QTest::newRow("report form") << QStringLiteral("$12,345.50") << false << qint64(1234550);
        QTest::newRow("millions") << QStringLiteral("$1,234,567.89") << false << qint64(123456789);
        QTest::newRow("leading zero group") << QStringLiteral("0,123") << false << qint64(12300);
        QTest::newRow("decimal comma") << QStringLiteral("1.234,56") << true << qint64(123456);
        QTest::newRow("largest") << QStringLiteral("9,999,999,999,999.99") << false
                                 << qint64(999999999999999);
        QTest::newRow("negative") << QStringLiteral("($1,000.00)") << false << qint64(-1);
        QTest::newRow("minus") << QStringLiteral("-12") << false << qint64(-1);
        QTest::newRow("three decimals") << QStringLiteral("10.500") << false << qint64(-1);
        QTest::newRow("point without decimals") << QStringLiteral("1234.") << false << qint64(-1);
        QTest::newRow("bad grouping") << QStringLiteral("1,23,4") << false << qint64(-1);
        QTest::newRow("comma in point mode") << QStringLiteral("12,5") << false << qint64(-1);
        QTest::newRow("space after symbol") << QStringLiteral("$ 12") << false << qint64(-1);
        QTest::newRow("trailing code") << QStringLiteral("12 USD") << false << qint64(-1);
        QTest::newRow("sixteen digits") << QStringLiteral("1234567890123456") << false << qint64(-1);
        QTest::newRow("symbol only") << QStringLiteral("$") << false << qint64(-1);
    }
    void simpleMoney()
    {
        QFETCH(QString, text);
        QFETCH(bool, decimalComma);
        QFETCH(qint64, cents);
        const QByteArray utf8 = text.toUtf8();
        const auto fast =
            parseSimpleMoneyCents(std::string_view(utf8.constData(), size_t(utf8.size())), {decimalComma});
        QCOMPARE(fast.has_value(), cents != -1);
        if (fast) {
            QCOMPARE(*fast, cents);
            QString why;
            QCOMPARE(parseMoneyCents(text, NumberFormat{decimalComma}, &why).value_or(-1), cents);
        }
    }

    void simplePercentAndDate()
    {
        QCOMPARE(parseSimplePercent("60").value_or(-1), 60);
        QCOMPARE(parseSimplePercent("100%").value_or(-1), 100);
        QCOMPARE(parseSimplePercent("007").value_or(-1), 7);
        QVERIFY(!parseSimplePercent("101"));
        QVERIFY(!parseSimplePercent("12.5"));
        QVERIFY(!parseSimplePercent("60 %"));
        QVERIFY(!parseSimplePercent("%"));
        QVERIFY(isSimpleIsoDate("2027-03-04"));
        QVERIFY(isSimpleIsoDate("2028-02-29"));
        QVERIFY(!isSimpleIsoDate("2027-02-29")); // no such day
        QVERIFY(!isSimpleIsoDate("1899-12-31")); // parseDate refuses years before 1900
        QVERIFY(!isSimpleIsoDate("2027-3-04"));
        QVERIFY(!isSimpleIsoDate("2027-03-04T10:00"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QDate>("expected"); // invalid = refused
        const int U = int(DateOrder::Unspecified), D = int(DateOrder::DayFirst),
                  M = int(DateOrder::MonthFirst);
        QTest::newRow("ISO") << QStringLiteral("2027-03-04") << U << QDate(2027, 3, 4);
        QTest::newRow("ISO with time") << QStringLiteral("2027-03-04T10:00:00Z") << U << QDate(2027, 3, 4);
        QTest::newRow("ambiguous refused") << QStringLiteral("03/04/2027") << U << QDate();
        QTest::newRow("ambiguous day-first") << QStringLiteral("03/04/2027") << D << QDate(2027, 4, 3);
        QTest::newRow("ambiguous month-first") << QStringLiteral("03/04/2027") << M << QDate(2027, 3, 4);
        QTest::newRow("unambiguous day-first") << QStringLiteral("25/12/2027") << U << QDate(2027, 12, 25);
        QTest::newRow("unambiguous month-first") << QStringLiteral("12/25/2027") << U << QDate(2027, 12, 25);
        QTest::newRow("contradicts choice") << QStringLiteral("12/25/2027") << D << QDate();
        QTest::newRow("dots are day-first") << QStringLiteral("04.03.2027") << U << QDate(2027, 3, 4);
        QTest::newRow("month name") << QStringLiteral("Mar 4, 2027") << U << QDate(2027, 3, 4);
        QTest::newRow("day month name") << QStringLiteral("4-Mar-2027") << U << QDate(2027, 3, 4);
        QTest::newRow("with time") << QStringLiteral("3/25/2027 10:15 AM") << U << QDate(2027, 3, 25);
        QTest::newRow("two-digit year refused") << QStringLiteral("3/25/27") << U << QDate();
        QTest::newRow("no such day") << QStringLiteral("2027-02-30") << U << QDate();
        QTest::newRow("text") << QStringLiteral("soon") << U << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QDate, expected);
        QString why;
        const auto d = parseDate(text, DateOrder(order), false, &why);
        if (!expected.isValid()) {
            QVERIFY2(!d, qPrintable(text));
            QVERIFY(!why.isEmpty());
        } else {
            QVERIFY2(d, qPrintable(why));
            QCOMPARE(*d, expected);
        }
    }

    void spreadsheetSerialDate()
    {
        QString why;
        QCOMPARE(*parseDate(QStringLiteral("46085"), DateOrder::Unspecified, true, &why), QDate(2026, 3, 4));
        QVERIFY(!parseDate(QStringLiteral("46085"), DateOrder::Unspecified, false, &why));
    }

    void percent()
    {
        QString why;
        QCOMPARE(*parsePercentMicros(QStringLiteral("25%"), {}, &why), qint64(250000));
        QCOMPARE(*parsePercentMicros(QStringLiteral("12.5 %"), {}, &why), qint64(125000));
        QCOMPARE(*parsePercentMicros(QStringLiteral("12,5"), NumberFormat{true}, &why), qint64(125000));
        QVERIFY(!parsePercentMicros(QStringLiteral("high"), {}, &why));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
