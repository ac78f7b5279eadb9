/** The import endpoint, contributed to the REST facade as a service. Nothing here is exported. */
package vn.thidua.importer.rest.internal;
