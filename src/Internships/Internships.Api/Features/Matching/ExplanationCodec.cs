using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// The stored form of a <see cref="ProposalExplanation"/> (column <c>matching_proposals.explanation</c>, bytea): a
/// compact binary encoding instead of jsonb, because a run writes 10,000 of them and the server's jsonb parsing was
/// about half of the COPY's time (decision 0010). Lossless: <see cref="Decode"/> gives back the same record, so the
/// API's JSON is unchanged. Rows written before the change hold the JSON text; <see cref="Decode"/> still reads them.
/// </summary>
/// <remarks>
/// Layout: format byte (1), then the terms (count, then name and cost each), the alternatives (count, then company
/// id, company name, distance, cost each), the exclusions (count, then company id, company name, rule each) and the
/// reason (0 for none, or 1 and the text). Counts and costs are LEB128 varints (costs zigzag-encoded), texts UTF-8
/// with a varint length, ids 16 bytes, distances 8-byte little-endian doubles.
/// </remarks>
public static class ExplanationCodec
{
    private const byte Format = 1;

    public static byte[] Encode(ProposalExplanation explanation)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var writer = new Writer(buffer);
        buffer.GetSpan(1)[0] = Format;
        buffer.Advance(1);
        writer.Count(explanation.Terms.Count);
        foreach (var term in explanation.Terms)
        {
            writer.Text(term.Term);
            writer.Signed(term.Cost);
        }

        writer.Count(explanation.Alternatives.Count);
        foreach (var alternative in explanation.Alternatives)
        {
            writer.Id(alternative.CompanyId);
            writer.Text(alternative.CompanyName);
            writer.Double(alternative.DistanceKm);
            writer.Signed(alternative.Cost);
        }

        writer.Count(explanation.Excluded.Count);
        foreach (var exclusion in explanation.Excluded)
        {
            writer.Id(exclusion.CompanyId);
            writer.Text(exclusion.CompanyName);
            writer.Text(exclusion.Rule);
        }

        if (explanation.Reason is null)
        {
            writer.Count(0);
        }
        else
        {
            writer.Count(1);
            writer.Text(explanation.Reason);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One alternative in its stored form, to be joined by <see cref="EncodePlaced"/>.</summary>
    public static byte[] EncodeAlternative(Alternative alternative)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        var writer = new Writer(buffer);
        writer.Id(alternative.CompanyId);
        writer.Text(alternative.CompanyName);
        writer.Double(alternative.DistanceKm);
        writer.Signed(alternative.Cost);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// A placed student's explanation from its terms and alternatives already encoded by <see cref="EncodeAlternative"/>
    /// (prepared while the solver runs, decision 0010): the same bytes as <see cref="Encode"/> of the whole record.
    /// <paramref name="skip"/> is the index among <paramref name="alternatives"/> to leave out (the chosen company), or -1.
    /// </summary>
    public static byte[] EncodePlaced(ReadOnlySpan<CostTerm> terms, ReadOnlySpan<byte[]> alternatives, int skip, int maxAlternatives)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var writer = new Writer(buffer);
        buffer.GetSpan(1)[0] = Format;
        buffer.Advance(1);
        writer.Count(terms.Length);
        foreach (var term in terms)
        {
            writer.Text(term.Term);
            writer.Signed(term.Cost);
        }

        var count = Math.Min(maxAlternatives, alternatives.Length - (skip >= 0 && skip < alternatives.Length ? 1 : 0));
        writer.Count(count);
        for (var i = 0; i < alternatives.Length && count > 0; i++)
        {
            if (i != skip)
            {
                buffer.Write(alternatives[i]);
                count--;
            }
        }

        writer.Count(0);
        writer.Count(0);
        return buffer.WrittenSpan.ToArray();
    }

    public static ProposalExplanation Decode(byte[] stored)
    {
        if (stored.Length == 0)
        {
            return new ProposalExplanation([], [], [], null);
        }

        if (stored[0] != Format)
        {
            // Written before decision 0010: the JSON text itself.
            return JsonSerializer.Deserialize<ProposalExplanation>(stored, StoredJson.Options) ?? new ProposalExplanation([], [], [], null);
        }

        var reader = new Reader(stored, 1);
        var terms = new CostTerm[reader.Count()];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = new CostTerm(reader.Text(), reader.Signed());
        }

        var alternatives = new Alternative[reader.Count()];
        for (var i = 0; i < alternatives.Length; i++)
        {
            alternatives[i] = new Alternative(reader.Id(), reader.Text(), reader.Double(), reader.Signed());
        }

        var excluded = new Exclusion[reader.Count()];
        for (var i = 0; i < excluded.Length; i++)
        {
            excluded[i] = new Exclusion(reader.Id(), reader.Text(), reader.Text());
        }

        var reason = reader.Count() == 1 ? reader.Text() : null;
        return new ProposalExplanation(terms, alternatives, excluded, reason);
    }

    private readonly struct Writer(ArrayBufferWriter<byte> buffer)
    {
        public void Count(int value) => Unsigned((ulong)value);

        public void Signed(long value) => Unsigned((ulong)((value << 1) ^ (value >> 63)));

        public void Unsigned(ulong value)
        {
            var span = buffer.GetSpan(10);
            var n = 0;
            while (value >= 0x80)
            {
                span[n++] = (byte)(value | 0x80);
                value >>= 7;
            }

            span[n++] = (byte)value;
            buffer.Advance(n);
        }

        public void Text(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Count(length);
            buffer.Advance(Encoding.UTF8.GetBytes(value, buffer.GetSpan(length)));
        }

        public void Id(Guid value)
        {
            value.TryWriteBytes(buffer.GetSpan(16));
            buffer.Advance(16);
        }

        public void Double(double value)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(buffer.GetSpan(8), value);
            buffer.Advance(8);
        }
    }

    private ref struct Reader(byte[] data, int position)
    {
        private int _position = position;

        public int Count() => checked((int)Unsigned());

        public long Signed()
        {
            var raw = Unsigned();
            return (long)(raw >> 1) ^ -(long)(raw & 1);
        }

        public ulong Unsigned()
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[_position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }

        public string Text()
        {
            var length = Count();
            var text = Encoding.UTF8.GetString(data, _position, length);
            _position += length;
            return text;
        }

        public Guid Id()
        {
            var id = new Guid(data.AsSpan(_position, 16));
            _position += 16;
            return id;
        }

        public double Double()
        {
            var value = BinaryPrimitives.ReadDoubleLittleEndian(data.AsSpan(_position, 8));
            _position += 8;
            return value;
        }
    }
}
