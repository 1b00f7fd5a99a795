#include "apportion.h"

#include "common/error.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace tessera::quota {

std::vector<qint64> apportion(qint64 total, const std::vector<qint64> &weights, qint64 unit,
                              std::vector<Int128> *carry, int tieRotate)
{
    const size_t n = weights.size();
    std::vector<qint64> shares(n, 0);
    if (n == 0) {
        if (total != 0)
            throw TesseraError::internal(QStringLiteral("apportion: an amount with nobody to receive it"));
        return shares;
    }
    if (total < 0 || unit <= 0)
        throw TesseraError::internal(QStringLiteral("apportion: negative amount or unit"));
    std::vector<qint64> w = weights;
    Int128 sumW = 0;
    for (qint64 x : w) {
        if (x < 0)
            throw TesseraError::internal(QStringLiteral("apportion: negative weight"));
        sumW += x;
    }
    if (sumW == 0) {
        std::fill(w.begin(), w.end(), 1);
        sumW = Int128(n);
    }
    if (carry && carry->size() != n)
        carry->assign(n, 0);
    const qint64 units = total / unit;
    const qint64 leftover = total - units * unit;
    std::vector<Int128> key(n);
    qint64 placed = 0;
    for (size_t i = 0; i < n; ++i) {
        const Int128 exact = Int128(units) * w[i];
        shares[i] = qint64(exact / sumW);
        key[i] = exact % sumW + (carry ? (*carry)[i] : 0);
        placed += shares[i];
    }
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    const size_t rot = size_t(((tieRotate % qint64(n)) + qint64(n)) % qint64(n));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (key[a] != key[b])
            return key[a] > key[b];
        return (a + n - rot) % n < (b + n - rot) % n;
    });
    const qint64 remaining = units - placed; // 0 <= remaining < n
    for (qint64 k = 0; k < remaining; ++k)
        shares[order[size_t(k)]] += 1;
    if (carry) {
        for (size_t k = 0; k < n; ++k) {
            const size_t i = order[k];
            (*carry)[i] = key[i] - (qint64(k) < remaining ? sumW : Int128(0));
        }
    }
    size_t largest = 0;
    for (size_t i = 1; i < n; ++i)
        if (w[i] > w[largest])
            largest = i;
    for (qint64 &s : shares)
        s *= unit;
    shares[largest] += leftover;
    return shares;
}

qint64 overassigned(qint64 value, Rate rate)
{
    return divRoundHalfAway(Int128(value) * (Rate::Scale + rate.micros()), Rate::Scale);
}

qint64 underassigned(qint64 total, Rate rate)
{
    return divRoundHalfAway(Int128(total) * Rate::Scale, Rate::Scale + rate.micros());
}

} // namespace tessera::quota
