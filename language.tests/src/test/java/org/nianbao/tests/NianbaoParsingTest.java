package org.nianbao.tests;

// replaced below
