-- SPDX-FileCopyrightText: Văn Thư developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A register as Văn Thư schema version 3 wrote it (before cooperating units and suggestions existed): the DDL of
-- versions 1 to 3 exactly as in src/store/schema.cpp, user_version 3, the records of v1.sql and one more, and
-- the search index built from them. Loading it needs the "vt" tokenizer registered on the connection.
-- tst_migrations opens it with the current build and expects migration 4 to add the column and the
-- suggestions, keeping the search index in step.

BEGIN;
CREATE TABLE number_series (
    direction   TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    series      TEXT    NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (direction, year, series)
) WITHOUT ROWID;

CREATE TABLE dispatch (
    id                INTEGER PRIMARY KEY,
    direction         TEXT    NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    register_year     INTEGER NOT NULL,
    series            TEXT    NOT NULL CHECK (series IN ('normal', 'confidential')),
    arrival_number    INTEGER NOT NULL CHECK (arrival_number > 0),
    arrival_date      TEXT    NOT NULL,
    issuer            TEXT    NOT NULL DEFAULT '',
    issuer_parent     TEXT    NOT NULL DEFAULT '',
    number            TEXT    NOT NULL DEFAULT '',
    notation          TEXT    NOT NULL DEFAULT '',
    reference         TEXT    NOT NULL DEFAULT '',
    place             TEXT    NOT NULL DEFAULT '',
    issued_date       TEXT,
    type              TEXT    NOT NULL DEFAULT '',
    summary           TEXT    NOT NULL DEFAULT '',
    addressees        TEXT    NOT NULL DEFAULT '[]',
    recipients        TEXT    NOT NULL DEFAULT '[]',
    signer            TEXT    NOT NULL DEFAULT '',
    signer_title      TEXT    NOT NULL DEFAULT '',
    signing_authority TEXT    NOT NULL DEFAULT '',
    urgency           TEXT    NOT NULL DEFAULT 'normal',
    confidentiality   TEXT    NOT NULL DEFAULT 'normal',
    due_date          TEXT,
    handling_unit     TEXT    NOT NULL DEFAULT '',
    handling_person   TEXT    NOT NULL DEFAULT '',
    instruction       TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL DEFAULT 'waiting',
    notes             TEXT    NOT NULL DEFAULT '',
    page_count        INTEGER NOT NULL DEFAULT 0,
    reference_key     TEXT    NOT NULL DEFAULT '',
    issuer_key        TEXT    NOT NULL DEFAULT '',
    type_key          TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    deleted_at        TEXT,
    UNIQUE (direction, register_year, series, arrival_number)
);
CREATE INDEX dispatch_arrival_date ON dispatch (arrival_date);
CREATE INDEX dispatch_issued_date  ON dispatch (issued_date);
CREATE INDEX dispatch_issuer       ON dispatch (issuer_key, issued_date);
CREATE INDEX dispatch_reference    ON dispatch (reference_key);
CREATE INDEX dispatch_type         ON dispatch (type_key, issued_date);
CREATE INDEX dispatch_due          ON dispatch (due_date) WHERE due_date IS NOT NULL;

-- The full text lives apart so that scans of the register rows stay small.
CREATE TABLE dispatch_text (
    dispatch_id INTEGER PRIMARY KEY REFERENCES dispatch (id) ON DELETE CASCADE,
    full_text   TEXT NOT NULL
);

CREATE TABLE citation (
    id          INTEGER PRIMARY KEY,
    dispatch_id INTEGER NOT NULL REFERENCES dispatch (id) ON DELETE CASCADE,
    reference   TEXT    NOT NULL,
    reference_key TEXT  NOT NULL DEFAULT '',
    issued_date TEXT,
    issuer      TEXT    NOT NULL DEFAULT '',
    type        TEXT    NOT NULL DEFAULT '',
    target_id   INTEGER REFERENCES dispatch (id) ON DELETE SET NULL
);
CREATE INDEX citation_dispatch ON citation (dispatch_id);
CREATE INDEX citation_target   ON citation (target_id) WHERE target_id IS NOT NULL;
CREATE INDEX citation_reference ON citation (reference_key) WHERE target_id IS NULL;

-- Original files, stored content-addressed in the attachments folder beside the database.
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    dispatch_id INTEGER NOT NULL REFERENCES dispatch (id) ON DELETE CASCADE,
    sha256      TEXT    NOT NULL,
    file_name   TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    added_at    TEXT    NOT NULL
);
CREATE INDEX attachment_dispatch ON attachment (dispatch_id);
CREATE INDEX attachment_sha256   ON attachment (sha256);

-- No foreign key on dispatch_id: the trail of a purged record must outlive it.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    dispatch_id INTEGER,
    action      TEXT    NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX audit_dispatch ON audit_log (dispatch_id);

-- Version 2
CREATE VIEW dispatch_search AS
SELECT d.id AS id,
       d.reference || ' ' || d.number || ' ' || d.notation AS reference,
       d.issuer || ' ' || d.issuer_parent AS issuer,
       d.type || ' ' || d.summary AS summary,
       d.signer || ' ' || d.signer_title || ' ' || d.place || ' ' || d.addressees || ' ' || d.recipients || ' '
           || d.handling_unit || ' ' || d.handling_person || ' ' || d.instruction || ' ' || d.notes AS other,
       coalesce(t.full_text, '') AS body
FROM dispatch d LEFT JOIN dispatch_text t ON t.dispatch_id = d.id
WHERE d.deleted_at IS NULL;

CREATE TABLE purged_number (
    direction TEXT    NOT NULL,
    year      INTEGER NOT NULL,
    series    TEXT    NOT NULL,
    number    INTEGER NOT NULL,
    reference TEXT    NOT NULL DEFAULT '',
    purged_at TEXT    NOT NULL,
    PRIMARY KEY (direction, year, series, number)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE dispatch_fts USING fts5(
    reference, issuer, summary, other, body,
    content = 'dispatch_search', content_rowid = 'id', tokenize = 'vt', detail = 'column');

-- Version 3
CREATE INDEX dispatch_register ON dispatch (direction, arrival_date, arrival_number) WHERE deleted_at IS NULL;

-- Registers: incoming 2024 has numbers 1..4 (number 3 is in the trash), outgoing 2024 has number 1.
INSERT INTO number_series (direction, year, series, last_number) VALUES
    ('incoming', 2024, 'normal', 4),
    ('outgoing', 2024, 'normal', 1);

INSERT INTO dispatch (id, direction, register_year, series, arrival_number, arrival_date, issuer, issuer_parent,
                      number, notation, reference, place, issued_date, type, summary, addressees, recipients,
                      signer, signer_title, signing_authority, urgency, confidentiality, due_date, handling_unit,
                      handling_person, instruction, status, notes, page_count, reference_key, issuer_key, type_key,
                      created_at, updated_at, deleted_at) VALUES
    (1, 'incoming', 2024, 'normal', 1, '2024-03-04', 'Sở Ngoại vụ', 'UBND tỉnh Hòa Bình',
     '152', 'SNgV-HTQT', '152/SNgV-HTQT', 'Hòa Bình', '2024-03-01', 'Công văn',
     'V/v chuẩn bị đón đoàn công tác đối ngoại của tỉnh Hủa Phăn (Lào)',
     '["Văn phòng UBND tỉnh","Sở Văn hóa, Thể thao và Du lịch"]', '["Như trên","Lưu: VT, HTQT"]',
     'Bùi Thị Thanh Hương', 'Giám đốc', '', 'urgent', 'normal', '2024-03-10', 'Phòng Văn hóa - Xã hội',
     'Đinh Công Tuấn', 'Giao Phòng VHXH tham mưu, báo cáo trước ngày 08/3.', 'in_progress', '', 2,
     '152/sngv-htqt', 'so ngoai vu', 'cong van',
     '2024-03-04T01:20:00.000Z', '2024-03-05T02:00:00.000Z', NULL),
    (2, 'incoming', 2024, 'normal', 2, '2024-03-11', 'Ban Chỉ đạo công tác thông tin đối ngoại tỉnh', '',
     '116', 'KH/BCĐTTĐN', '116-KH/BCĐTTĐN', 'Hòa Bình', '2024-03-08', 'Kế hoạch',
     'Kế hoạch thông tin đối ngoại năm 2024',
     '[]', '["Các sở, ban, ngành","UBND các huyện, thành phố","Lưu: VT"]',
     'Quách Thế Hùng', 'Trưởng ban', 'TM.', 'normal', 'normal', NULL, '', '', '', 'waiting', '', 5,
     '116-kh/bcdttdn', 'ban chi dao cong tac thong tin doi ngoai tinh', 'ke hoach',
     '2024-03-11T03:05:00.000Z', '2024-03-11T03:05:00.000Z', NULL),
    (3, 'incoming', 2024, 'normal', 3, '2024-04-02', 'Trung tâm Xúc tiến Đầu tư', '',
     '21', 'GM-TTXT', '21/GM-TTXT', 'Hòa Bình', '2024-03-29', 'Giấy mời',
     'Mời dự hội nghị xúc tiến đầu tư vào khu công nghiệp Lương Sơn',
     '[]', '[]', 'Hoàng Minh Đức', 'Giám đốc', '', 'normal', 'normal', NULL, '', '', '', 'waiting',
     'Nhập nhầm, đã chuyển vào thùng rác', 1,
     '21/gm-ttxt', 'trung tam xuc tien dau tu', 'giay moi',
     '2024-04-02T07:40:00.000Z', '2024-04-03T01:00:00.000Z', '2024-04-03T01:00:00.000Z'),
    (4, 'outgoing', 2024, 'normal', 1, '2024-03-15', 'Sở Văn hóa, Thể thao và Du lịch', 'UBND tỉnh Hòa Bình',
     '45', 'SVHTTDL-VP', '45/SVHTTDL-VP', 'Hòa Bình', '2024-03-15', 'Báo cáo',
     'Báo cáo kết quả triển khai Kế hoạch số 116-KH/BCĐTTĐN',
     '["Ban Chỉ đạo công tác thông tin đối ngoại tỉnh"]', '["Như trên","Lưu: VT, VP"]',
     'Nguyễn Thị Thủy', 'Phó Giám đốc', 'KT.', 'normal', 'normal', NULL, '', '', '', 'done', '', 3,
     '45/svhttdl-vp', 'so van hoa, the thao va du lich', 'bao cao',
     '2024-03-15T09:30:00.000Z', '2024-03-15T09:30:00.000Z', NULL),
    (5, 'incoming', 2024, 'normal', 4, '2024-04-08', 'SỞ NGOẠI VỤ', 'UBND TỈNH HÒA BÌNH',
     '190', 'SNgV-VP', '190/SNgV-VP', 'Hòa Bình', '2024-04-05', 'Công văn',
     'V/v góp ý dự thảo quy chế quản lý hoạt động đối ngoại',
     '["Sở Văn hóa, Thể thao và Du lịch"]', '["- Như trên;","- Sở Tư pháp;","- Lưu: VT, VP."]',
     'Bùi Thị Thanh Hương', 'Giám đốc', '', 'normal', 'normal', '2024-04-19', 'Phòng Văn hóa - Xã hội',
     'Đinh Công Tuấn', '', 'waiting', '', 2,
     '190/sngv-vp', 'so ngoai vu', 'cong van',
     '2024-04-08T02:15:00.000Z', '2024-04-08T02:15:00.000Z', NULL);

INSERT INTO dispatch_text (dispatch_id, full_text) VALUES
    (1, 'Kính gửi: Văn phòng UBND tỉnh.
Thực hiện chương trình hợp tác giữa tỉnh Hòa Bình và tỉnh Hủa Phăn, Sở Ngoại vụ đề nghị các cơ quan chuẩn bị '
        || 'nội dung làm việc, bố trí phiên dịch và hậu cần để đón đoàn công tác đối ngoại từ ngày 12/3/2024.'),
    (2, 'Nhằm nâng cao hiệu quả công tác thông tin đối ngoại, Ban Chỉ đạo ban hành Kế hoạch với các nội dung: '
        || 'tuyên truyền hình ảnh địa phương, quảng bá du lịch, phối hợp với cơ quan báo chí trong và ngoài nước.'),
    (3, 'Trung tâm Xúc tiến Đầu tư trân trọng kính mời đại biểu dự hội nghị xúc tiến đầu tư năm 2024.'),
    (4, 'Thực hiện Kế hoạch số 116-KH/BCĐTTĐN, Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả tuyên truyền '
        || 'quý I: tổ chức 12 tọa đàm, phát hành 3.000 tờ gấp giới thiệu thủy điện và văn hóa Mường.'),
    (5, 'Sở Ngoại vụ gửi dự thảo quy chế, đề nghị các sở cho ý kiến bằng văn bản trước ngày 19/4/2024.');

INSERT INTO citation (id, dispatch_id, reference, reference_key, issued_date, issuer, type, target_id) VALUES
    (1, 4, '116-KH/BCĐTTĐN', '116-kh/bcdttdn', '2024-03-08', 'Ban Chỉ đạo công tác thông tin đối ngoại tỉnh',
     'Kế hoạch', 2);

INSERT INTO audit_log (at, dispatch_id, action, field, old_value, new_value) VALUES
    ('2024-03-04T01:20:00.000Z', 1, 'create', NULL, NULL, '152/SNgV-HTQT 1/2024'),
    ('2024-03-05T02:00:00.000Z', 1, 'update', 'status', 'waiting', 'in_progress'),
    ('2024-03-11T03:05:00.000Z', 2, 'create', NULL, NULL, '116-KH/BCĐTTĐN 2/2024'),
    ('2024-03-15T09:30:00.000Z', 4, 'create', NULL, NULL, '45/SVHTTDL-VP 1/2024'),
    ('2024-04-02T07:40:00.000Z', 3, 'create', NULL, NULL, '21/GM-TTXT 3/2024'),
    ('2024-04-03T01:00:00.000Z', 3, 'trash', NULL, NULL, NULL),
    ('2024-04-08T02:15:00.000Z', 5, 'create', NULL, NULL, '190/SNgV-VP 4/2024');

INSERT INTO dispatch_fts (dispatch_fts) VALUES ('rebuild');

PRAGMA user_version = 3;
COMMIT;
