using System.Buffers;

namespace Corridor.Web.Features.Protection.Payroll;

/// <summary>
/// A streaming RFC 4180 reader: one record at a time into a reused buffer, fields as spans, so a file of
/// any size is read in constant memory and without a string per field. Strict: a quote inside an
/// unquoted field, text after a closing quote and an unclosed quote are errors (with their column).
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private static readonly SearchValues<char> Special = SearchValues.Create(",\r\n\"");
    private readonly char[] _buf = new char[1 << 16];
    private int _pos, _len;
    private char[] _rec = new char[1024];
    private int _recLen;
    private int[] _start = new int[32], _end = new int[32];
    private int _nextLine = 1;

    /// <summary>The physical line (1-based) the current record started on.</summary>
    public int Line { get; private set; }
    public int FieldCount { get; private set; }
    /// <summary>A syntax error in the current record, with its 1-based column (field number).</summary>
    public string? Error { get; private set; }
    public int ErrorColumn { get; private set; }

    public ReadOnlySpan<char> this[int i] => _rec.AsSpan(_start[i], _end[i] - _start[i]);

    private bool Fill()
    {
        _len = reader.Read(_buf, 0, _buf.Length);
        _pos = 0;
        return _len > 0;
    }

    private int Next() => _pos < _len || Fill() ? _buf[_pos++] : -1;

    private int Peek() => _pos < _len || Fill() ? _buf[_pos] : -1;

    private void Append(char c)
    {
        if (_recLen == _rec.Length) Array.Resize(ref _rec, _rec.Length * 2);
        _rec[_recLen++] = c;
    }

    private void Append(ReadOnlySpan<char> s)
    {
        if (_recLen + s.Length > _rec.Length) Array.Resize(ref _rec, Math.Max(_rec.Length * 2, _recLen + s.Length));
        s.CopyTo(_rec.AsSpan(_recLen));
        _recLen += s.Length;
    }

    private void SetError(string message)
    {
        if (Error is not null) return;
        Error = message;
        ErrorColumn = FieldCount + 1;
    }

    private void EndField(int start)
    {
        if (FieldCount == _start.Length)
        {
            Array.Resize(ref _start, _start.Length * 2);
            Array.Resize(ref _end, _end.Length * 2);
        }
        _start[FieldCount] = start;
        _end[FieldCount] = _recLen;
        FieldCount++;
    }

    /// <summary>Reads the next record; false at the end of the file (a final line break ends the last record).</summary>
    public bool Read()
    {
        Error = null;
        ErrorColumn = 0;
        FieldCount = 0;
        _recLen = 0;
        Line = _nextLine;
        if (Peek() == -1) return false;
        while (true)
        {
            var start = _recLen;
            int c;
            if (Peek() == '"')
            {
                _pos++;
                while (true)
                {
                    c = Next();
                    if (c == -1)
                    {
                        SetError("A quoted field is not closed.");
                        break;
                    }
                    if (c == '"')
                    {
                        if (Peek() == '"') { _pos++; Append('"'); continue; }
                        c = Next();
                        break;
                    }
                    if (c == '\n') _nextLine++;
                    Append((char)c);
                }
                if (c is not (',' or '\r' or '\n' or -1))
                {
                    SetError("Text after a closing quote: quote the whole field.");
                    while (c is not (',' or '\r' or '\n' or -1)) c = Next();
                }
            }
            else
            {
                while (true)
                {
                    if (_pos == _len && !Fill()) { c = -1; break; }
                    var span = _buf.AsSpan(_pos, _len - _pos);
                    var i = span.IndexOfAny(Special);
                    if (i < 0)
                    {
                        Append(span);
                        _pos = _len;
                        continue;
                    }
                    Append(span[..i]);
                    _pos += i + 1;
                    c = span[i];
                    if (c == '"')
                    {
                        SetError("A quote inside an unquoted field: quote the whole field and double the quote.");
                        Append('"');
                        continue;
                    }
                    break;
                }
            }
            EndField(start);
            if (c == ',') continue;
            if (c == '\r' && Peek() == '\n') _pos++;
            if (c != -1) _nextLine++;
            return true;
        }
    }
}
