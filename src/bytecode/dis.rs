//! Disassembler (filled in by the compiler work).
