-- One database and one owner per service: no service can read another's tables.
CREATE USER submission WITH PASSWORD 'submission';
CREATE USER validation WITH PASSWORD 'validation';
CREATE USER publication WITH PASSWORD 'publication';
CREATE DATABASE submission OWNER submission;
CREATE DATABASE validation OWNER validation;
CREATE DATABASE publication OWNER publication;
