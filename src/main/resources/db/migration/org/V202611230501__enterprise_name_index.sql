-- Ledger imports name enterprises by credit code or by exact name: the name needs an index as the code has one.
CREATE INDEX enterprise_name_idx ON enterprise (name);
