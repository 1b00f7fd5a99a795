#pragma once
// A small deterministic random source (xoshiro256**, seeded by splitmix64) with its own distributions,
// so that the same seed gives the same plan on every platform and standard library.

#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <vector>

namespace tessera {

class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (auto &s : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            s = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    qint64 range(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); } // inclusive
    bool chance(double p) { return uniform() < p; }
    double normal(double mean = 0.0, double sd = 1.0)
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(normal(0.0, sigma)); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

// Picks indices in proportion to non-negative weights.
class WeightedPicker
{
public:
    explicit WeightedPicker(const std::vector<double> &weights)
    {
        double sum = 0;
        m_cumulative.reserve(weights.size());
        for (double w : weights)
            m_cumulative.push_back(sum += std::max(0.0, w));
    }
    int pick(Random &rng) const
    {
        const double x = rng.uniform() * m_cumulative.back();
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x) - m_cumulative.begin());
    }
    bool empty() const { return m_cumulative.empty() || m_cumulative.back() <= 0; }

private:
    std::vector<double> m_cumulative;
};

} // namespace tessera
