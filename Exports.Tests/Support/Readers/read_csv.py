"""Read a CSV file, or a ZIP archive of CSV files, with Python's csv module and print it as JSON.

Usage: read_csv.py ENCODING DELIMITER FILE.  ENCODING is a Python codec name such as utf-8-sig.
Prints a list with one entry per CSV file, in archive order. An entry has the file's name inside the
archive (null for a plain file), whether its bytes start with a UTF-8 byte order mark, and its
records. Blank records are kept, so row positions survive. Quoting errors and undecodable bytes
raise instead of being read leniently, because the files checked here must be well-formed.
"""
import codecs
import csv
import io
import json
import sys
import zipfile


def entry(name, data, encoding, delimiter):
    text = data.decode(encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    return {"name": name, "bom": data.startswith(codecs.BOM_UTF8), "records": list(reader)}


def main(encoding, delimiter, path):
    csv.field_size_limit(sys.maxsize)
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            entries = [entry(info.filename, archive.read(info), encoding, delimiter) for info in archive.infolist()]
    else:
        with open(path, "rb") as file:
            entries = [entry(None, file.read(), encoding, delimiter)]
    json.dump(entries, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
