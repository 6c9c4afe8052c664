-- Barrier categories (Hürdenkategorien) for findings. Every KIM unit starts with the categories of the KIM
-- practice (see shared/GLOSSARY.md) and may add, rename or deactivate its own; codes never change.
create table network.barrier_category (
    code      text primary key,
    name_de   text not null,
    name_en   text,
    position  integer not null default 0,
    active    boolean not null default true,
    version   integer not null default 0
);

insert into network.barrier_category (code, name_de, name_en, position) values
    ('UNCLEAR_RESPONSIBILITY', 'Unklare Zuständigkeit', 'Unclear responsibility', 10),
    ('WAITING_TIME', 'Wartezeit', 'Waiting time', 20),
    ('LANGUAGE', 'Sprachbarriere', 'Language barrier', 30),
    ('MISSING_OFFER', 'Fehlendes Angebot', 'Missing offer', 40),
    ('DOCUMENTS', 'Fehlende oder ungeklärte Dokumente', 'Missing or unclear documents', 50),
    ('DIGITAL_ACCESS', 'Digitaler Zugang', 'Digital access', 60),
    ('LEGAL_DOMAIN_GAP', 'Lücke beim Rechtskreiswechsel', 'Gap between legal domains', 70),
    ('INTERFACE', 'Schnittstelle zwischen Institutionen', 'Interface between institutions', 80),
    ('LEGAL_RESTRICTION', 'Rechtliche Hürde (z. B. Wohnsitzauflage)', 'Legal restriction (e.g. residence obligation)', 90),
    ('OTHER', 'Sonstiges', 'Other', 100);
