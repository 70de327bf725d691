--liquibase formatted sql

--changeset jifen:2026-11-27-scheme-test-case
-- Saved test cases of a scheme (试算 kept with a name): members, facts, range and expectations as one JSON document,
-- read only as a whole. Publishing a version of the scheme is refused while any of them fails.
create table scheme_test_case (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null default 0,
    created_at  datetime(6),
    created_by  varchar(100),
    modified_at datetime(6),
    modified_by varchar(100),
    scheme_id   bigint       not null,
    name        varchar(100) not null,
    content     longtext     not null,
    constraint uk_scheme_test_case_name unique (scheme_id, name),
    constraint fk_scheme_test_case_scheme foreign key (scheme_id) references scheme (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table scheme_test_case;
