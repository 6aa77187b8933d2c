#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A run of imported rows with consecutive ids, packed into one value of the transaction_blocks table (schema step
// 10): what a scan over millions of rows needs (provider, channel, currency, product, reference, time, gross, net),
// in about 15 bytes a row instead of a row of the table each. The import writes a block next to each run of rows it
// adds; reconciliation reads the blocks instead of the rows. The rows stay the truth: a run of ids without a block is
// read from the table.
//
// Layout: "OTB1", then varints: the row count, the total length of the references, and four dictionaries (provider,
// channel, currency, product: a size, then each entry as length + bytes; entry 0 is the empty string). Then per row a
// flag byte, the dictionary indexes that changed since the previous row, the time as a difference from the previous
// row's, gross, net if known (zigzag varints), and the reference as the length it shares with the previous one, then
// the rest of it.
class TransactionBlockEncoder final
{
public:
    struct Row
    {
        std::string_view provider;
        std::string_view channel;
        std::string_view currency;
        std::string_view product;
        std::string_view reference;
        qint64 occurredUtc = 0;
        qint64 grossMinor = 0;
        std::optional<qint64> netMinor; // the net, else gross minus fee, else unknown
    };

    // The texts of every row added must stay valid and unchanged until finish(): a text at the same address and of
    // the same size as the row before's is taken to be the same, without comparing.
    void add(const Row& row);
    quint32 count() const { return m_count; }
    // The packed block; the encoder is then empty again.
    std::string finish();

    enum Field { Provider, Channel, Currency, Product, FieldCount };

private:
    quint32 indexOf(int field, std::string_view text);

    std::vector<std::string> m_dictionary[FieldCount];
    quint64 m_referenceBytes = 0;
    std::string m_rows; // m_used bytes of it are written
    size_t m_used = 0;
    std::string m_lastReference;
    quint32 m_count = 0;
    quint32 m_last[4] = {0, 0, 0, 0};
    std::string_view m_lastText[4]; // the texts of the row before, as given (identical bytes need no comparing)
    qint64 m_lastTime = 0;
};

class TransactionBlockDecoder final
{
public:
    struct Row
    {
        quint32 provider = 0; // indexes into dictionary()
        quint32 channel = 0;
        quint32 currency = 0;
        quint32 product = 0;
        std::string_view reference; // valid until the next call of next()
        qint64 occurredUtc = 0;
        qint64 grossMinor = 0;
        std::optional<qint64> netMinor;
    };

    // False when the bytes are not a block this version can read.
    bool open(std::string_view data);
    quint32 count() const { return m_count; }
    // The total length of the block's references, as next() hands them out.
    quint64 referenceBytes() const { return m_referenceBytes; }
    // Indexes in a Row refer to these, one dictionary per field (TransactionBlockEncoder::Field).
    const std::vector<std::string_view>& dictionary(int field) const { return m_dictionary[field]; }
    // The next row; false at the end, or when the block is damaged (then damaged() is true).
    bool next(Row& row);
    bool damaged() const { return m_damaged; }

private:
    bool readVarint(quint64& value);

    const char* m_p = nullptr;
    const char* m_end = nullptr;
    std::vector<std::string_view> m_dictionary[TransactionBlockEncoder::FieldCount];
    quint64 m_referenceBytes = 0;
    std::string m_reference;
    quint32 m_count = 0;
    quint32 m_read = 0;
    quint32 m_last[4] = {0, 0, 0, 0};
    qint64 m_lastTime = 0;
    bool m_damaged = false;
};
