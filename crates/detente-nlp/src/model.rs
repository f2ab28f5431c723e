//! Model files: a small, versioned binary format shared by the tagger, lemmatizer and parser.
//!
//! A model file starts with an 8-byte magic (`DTNT` + a 4-byte kind such as `TAG1`), followed by
//! fields written with [`Writer`] and read back with [`Reader`]: little-endian fixed-width
//! integers and floats, LEB128 variable-length unsigned integers, and length-prefixed UTF-8
//! strings. Readers never panic on a truncated or corrupt file; they return a [`ModelError`].

/// Why a model could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// The file does not start with the expected magic bytes.
    #[error("not a detente {expected} model file")]
    BadMagic {
        /// The kind of model that was expected.
        expected: String,
    },
    /// The file ends in the middle of a field.
    #[error("model file truncated at byte {offset}")]
    Truncated {
        /// Where the missing field starts.
        offset: usize,
    },
    /// A field holds a value that cannot be right.
    #[error("corrupt model file at byte {offset}: {message}")]
    Corrupt {
        /// Where the bad field starts.
        offset: usize,
        /// What is wrong.
        message: String,
    },
    /// The parser model could not be read.
    #[error("parser model: {0}")]
    Parser(String),
}

/// Appends model fields to a byte buffer.
#[derive(Debug, Default)]
pub struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    /// A writer whose buffer starts with `magic`.
    pub fn new(magic: &[u8; 8]) -> Writer {
        Writer {
            bytes: magic.to_vec(),
        }
    }

    /// Appends one byte.
    pub fn u8(&mut self, value: u8) {
        self.bytes.push(value);
    }

    /// Appends a little-endian 16-bit integer.
    pub fn i16(&mut self, value: i16) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// Appends a little-endian 32-bit float.
    pub fn f32(&mut self, value: f32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// Appends an unsigned integer in LEB128 (7 bits a byte, low bits first).
    pub fn varint(&mut self, mut value: u64) {
        loop {
            let low = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(low);
                return;
            }
            self.bytes.push(low | 0x80);
        }
    }

    /// Appends a length-prefixed UTF-8 string.
    pub fn str(&mut self, value: &str) {
        self.varint(value.len() as u64);
        self.bytes.extend_from_slice(value.as_bytes());
    }

    /// The bytes written so far.
    pub fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

/// Reads model fields from a byte slice, front to back.
#[derive(Debug, Clone)]
pub struct Reader<'b> {
    bytes: &'b [u8],
    offset: usize,
}

impl<'b> Reader<'b> {
    /// A reader positioned after `magic`, or an error when the bytes do not start with it.
    pub fn new(bytes: &'b [u8], magic: &[u8; 8], kind: &str) -> Result<Reader<'b>, ModelError> {
        if bytes.len() < magic.len() || &bytes[..magic.len()] != magic {
            return Err(ModelError::BadMagic {
                expected: kind.to_string(),
            });
        }
        Ok(Reader {
            bytes,
            offset: magic.len(),
        })
    }

    fn take(&mut self, count: usize) -> Result<&'b [u8], ModelError> {
        let end = self
            .offset
            .checked_add(count)
            .filter(|&end| end <= self.bytes.len())
            .ok_or(ModelError::Truncated {
                offset: self.offset,
            })?;
        let slice = &self.bytes[self.offset..end];
        self.offset = end;
        Ok(slice)
    }

    /// An error at the current position.
    pub fn corrupt(&self, message: impl Into<String>) -> ModelError {
        ModelError::Corrupt {
            offset: self.offset,
            message: message.into(),
        }
    }

    /// Reads one byte.
    pub fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    /// Reads a little-endian 16-bit integer.
    pub fn i16(&mut self) -> Result<i16, ModelError> {
        let bytes = self.take(2)?;
        Ok(i16::from_le_bytes([bytes[0], bytes[1]]))
    }

    /// Reads a little-endian 32-bit float.
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        let bytes = self.take(4)?;
        Ok(f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    /// Reads a LEB128 unsigned integer.
    pub fn varint(&mut self) -> Result<u64, ModelError> {
        let start = self.offset;
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ModelError::Corrupt {
            offset: start,
            message: "variable-length integer longer than 64 bits".to_string(),
        })
    }

    /// Reads a LEB128 integer that counts items, refusing counts larger than `limit`.
    pub fn count(&mut self, limit: usize) -> Result<usize, ModelError> {
        let value = self.varint()?;
        usize::try_from(value)
            .ok()
            .filter(|&count| count <= limit)
            .ok_or_else(|| self.corrupt(format!("count {value} larger than {limit}")))
    }

    /// Reads a length-prefixed UTF-8 string.
    pub fn str(&mut self) -> Result<&'b str, ModelError> {
        let length = self.count(self.remaining())?;
        let start = self.offset;
        let bytes = self.take(length)?;
        std::str::from_utf8(bytes).map_err(|_| ModelError::Corrupt {
            offset: start,
            message: "string is not UTF-8".to_string(),
        })
    }

    /// Bytes left to read.
    pub fn remaining(&self) -> usize {
        self.bytes.len() - self.offset
    }

    /// Succeeds when every byte has been read.
    pub fn expect_end(&self) -> Result<(), ModelError> {
        if self.remaining() == 0 {
            Ok(())
        } else {
            Err(self.corrupt("trailing bytes after the model"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAGIC: &[u8; 8] = b"DTNTTEST";

    #[test]
    fn fields_round_trip_and_truncation_is_an_error() {
        let mut writer = Writer::new(MAGIC);
        writer.u8(7);
        writer.i16(-300);
        writer.f32(1.5);
        writer.varint(u64::MAX);
        writer.varint(300);
        writer.str("naïve");
        let bytes = writer.finish();
        let mut reader = Reader::new(&bytes, MAGIC, "test").unwrap();
        assert_eq!(reader.u8().unwrap(), 7);
        assert_eq!(reader.i16().unwrap(), -300);
        assert_eq!(reader.f32().unwrap(), 1.5);
        assert_eq!(reader.varint().unwrap(), u64::MAX);
        assert_eq!(reader.varint().unwrap(), 300);
        assert_eq!(reader.str().unwrap(), "naïve");
        reader.expect_end().unwrap();
        for cut in 0..bytes.len() {
            let result = Reader::new(&bytes[..cut], MAGIC, "test").and_then(|mut reader| {
                reader.u8()?;
                reader.i16()?;
                reader.f32()?;
                reader.varint()?;
                reader.varint()?;
                reader.str().map(str::to_string)
            });
            assert!(result.is_err(), "cut at {cut} read fine");
        }
    }
}
