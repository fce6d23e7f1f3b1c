-- Per-endpoint OPC UA security and login. Secrets are never stored: password_key names the
-- MicroProfile Config key (or environment variable) that holds the password.

alter table opcua_endpoint
    add column security_policy text
        check (security_policy in ('NONE', 'BASIC256SHA256', 'AES128_SHA256_RSAOAEP', 'AES256_SHA256_RSAPSS')),
    add column security_mode text
        check (security_mode in ('NONE', 'SIGN', 'SIGN_AND_ENCRYPT')),
    add column identity text not null default 'ANONYMOUS'
        check (identity in ('ANONYMOUS', 'USER_NAME', 'X509')),
    add column user_name text,
    add column certificate_file text,
    add column password_key text,
    add column max_items_per_subscription integer not null default 5000 check (max_items_per_subscription > 0),
    add constraint endpoint_login_complete check (
        (identity = 'ANONYMOUS')
        or (identity = 'USER_NAME' and user_name is not null and password_key is not null)
        or (identity = 'X509' and certificate_file is not null and password_key is not null));
